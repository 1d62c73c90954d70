using System.Text;

namespace TimelineApp.Export;

/// <summary>RFC 5545 content lines: TEXT escaping, folding at 75 octets without splitting a character, CRLF endings.</summary>
public static class ICalendarText
{
    public const int MaxOctets = 75;

    /// <summary>Escapes a TEXT value: backslash, semicolon, comma and line breaks; other control characters are dropped.</summary>
    public static string Escape(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var sb = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case ';': sb.Append(@"\;"); break;
                case ',': sb.Append(@"\,"); break;
                case '\r':
                    if (i + 1 < value.Length && value[i + 1] == '\n') i++;
                    sb.Append(@"\n");
                    break;
                case '\n': sb.Append(@"\n"); break;
                case '\t': sb.Append(c); break;
                default:
                    if (!char.IsControl(c)) sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Writes "NAME;PARAMS:value" folded into lines of at most 75 octets, each ended by CRLF.</summary>
    public static void WriteLine(TextWriter w, string nameAndParameters, string value)
    {
        var line = nameAndParameters + ":" + value;
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxOctets)
            {
                w.Write("\r\n ");
                octets = 1;
            }
            w.Write(rune.ToString());
            octets += size;
        }
        w.Write("\r\n");
    }
}
