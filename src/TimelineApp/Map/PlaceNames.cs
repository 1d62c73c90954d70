using System.Globalization;
using System.Text;

namespace TimelineApp.Map;

/// <summary>
/// The search form of a place name: lower case, accents and apostrophes removed, every run of other
/// punctuation or spaces one space ("Al-Qubba" → "al qubba", "Al Bayḑā’" → "al bayda", "TRÍPOLI" → "tripoli").
/// </summary>
public static class PlaceNames
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var ch in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.ModifierLetter || IsApostrophe(ch)) continue;
            if (!char.IsLetterOrDigit(ch))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            AppendFolded(sb, char.ToLowerInvariant(ch));
        }
        return sb.ToString();
    }

    private static bool IsApostrophe(char ch) => ch is '\'' or '’' or '‘' or '`' or '´' or 'ʼ' or 'ʻ' or 'ʿ' or 'ʾ';

    // Letters that Unicode does not decompose into a base letter and a mark.
    private static void AppendFolded(StringBuilder sb, char ch)
    {
        switch (ch)
        {
            case 'ß': sb.Append("ss"); break;
            case 'æ': sb.Append("ae"); break;
            case 'œ': sb.Append("oe"); break;
            case 'þ': sb.Append("th"); break;
            case 'ø': sb.Append('o'); break;
            case 'ł': sb.Append('l'); break;
            case 'đ' or 'ð': sb.Append('d'); break;
            case 'ı': sb.Append('i'); break;
            case 'ħ': sb.Append('h'); break;
            default: sb.Append(ch); break;
        }
    }
}
