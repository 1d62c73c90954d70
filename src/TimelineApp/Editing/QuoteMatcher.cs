using System.Text;
using System.Text.RegularExpressions;

namespace TimelineApp.Editing;

/// <summary>
/// Finds a quote in an article when it differs only in spacing, line breaks, quotation marks or dashes
/// (what copying from a web page changes), and returns the article's exact words for the citation. Compared after
/// Unicode normalisation (NFC): a letter composed in one and decomposed in the other, invisible direction marks and
/// zero-width characters (common in Arabic and Hebrew pages) never make a true quote fail.
/// </summary>
public static class QuoteMatcher
{
    private const string Quotes = "\"'‘’“”«»„‚‹›″＂〝〞״׳";
    private const string Dashes = "-–—‐‑−";
    /// <summary>Zero-width and direction marks, the soft hyphen: invisible, so allowed anywhere in the article's words.</summary>
    private const string Invisible = "[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD]*";

    public static string? FindExactWords(string quote, string articleText)
    {
        var q = Regex.Replace(quote.Normalize(NormalizationForm.FormC), Invisible, "").Trim();
        if (q.Length == 0) return null;
        if (articleText.Contains(q, StringComparison.Ordinal)) return q;
        var pattern = new StringBuilder();
        for (var i = 0; i < q.Length; i++)
        {
            var c = q[i];
            if (i > 0) pattern.Append(Invisible);
            if (char.IsWhiteSpace(c))
            {
                while (i + 1 < q.Length && char.IsWhiteSpace(q[i + 1])) i++;
                pattern.Append(@"\s+");
            }
            else if (Quotes.Contains(c)) pattern.Append("[" + Regex.Escape(Quotes) + "]");
            else if (Dashes.Contains(c)) pattern.Append("[" + Regex.Escape(Dashes).Replace("-", "\\-") + "]");
            else if (c.ToString().Normalize(NormalizationForm.FormD) is var decomposed && decomposed != c.ToString())
                pattern.Append("(?:").Append(Regex.Escape(c.ToString())).Append('|').Append(Regex.Escape(decomposed)).Append(')');
            else pattern.Append(Regex.Escape(c.ToString()));
        }
        try
        {
            var m = Regex.Match(articleText, pattern.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            return m.Success ? m.Value : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
