using System.Globalization;
using System.Text;

namespace TimelineApp.Tests.Security;

/// <summary>Every script's decimal digits: each Unicode Nd character whose value is 0 starts a run of ten.</summary>
public static class ScriptDigits
{
    public static readonly IReadOnlyList<Rune> Zeros = Enumerable.Range(0, 0x110000)
        .Where(c => c is < 0xD800 or > 0xDFFF && c > 0x7F)
        .Select(c => new Rune(c))
        .Where(r => Rune.GetUnicodeCategory(r) == UnicodeCategory.DecimalDigitNumber && Rune.GetNumericValue(r) == 0)
        .ToList();

    /// <summary>"2015-02-16" written with the digits that start at <paramref name="zero"/>.</summary>
    public static string In(Rune zero, string asciiText)
    {
        var sb = new StringBuilder();
        foreach (var c in asciiText)
            sb.Append(c is >= '0' and <= '9' ? new Rune(zero.Value + (c - '0')).ToString() : c.ToString());
        return sb.ToString();
    }

    public static string Name(Rune zero) => $"U+{zero.Value:X4}";
}
