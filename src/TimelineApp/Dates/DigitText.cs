using System.Globalization;
using System.Text;

namespace TimelineApp.Dates;

/// <summary>
/// Reads digits of every script as ASCII: any Unicode decimal digit (category Nd, e.g. Arabic-Indic ٣, Devanagari ३,
/// full-width ３, or Mathematical bold 𝟑 outside the BMP) becomes the ASCII digit of the same value. Editors who type
/// dates in Arabic script get the date they meant instead of an error.
/// </summary>
public static class DigitText
{
    public static string ToAscii(string text)
    {
        if (IsAsciiOnly(text)) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (!rune.IsAscii && Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber
                && Rune.GetNumericValue(rune) is var v and >= 0 and <= 9)
                sb.Append((char)('0' + (int)v));
            else
                sb.Append(rune.ToString());
        }
        return sb.ToString();
    }

    private static bool IsAsciiOnly(string text)
    {
        foreach (var c in text) if (c > 0x7F) return false;
        return true;
    }
}
