using System.Text;
using System.Text.RegularExpressions;

namespace TimelineApp.Editing;

/// <summary>
/// Finds a quote in an article when it differs only in spacing, line breaks, quotation marks or dashes
/// (what copying from a web page changes), and returns the article's exact words for the citation.
/// </summary>
public static class QuoteMatcher
{
    private const string Quotes = "\"'‘’“”«»";
    private const string Dashes = "-–—";

    public static string? FindExactWords(string quote, string articleText)
    {
        var q = quote.Trim();
        if (q.Length == 0) return null;
        if (articleText.Contains(q, StringComparison.Ordinal)) return q;
        var pattern = new StringBuilder();
        for (var i = 0; i < q.Length; i++)
        {
            var c = q[i];
            if (char.IsWhiteSpace(c))
            {
                while (i + 1 < q.Length && char.IsWhiteSpace(q[i + 1])) i++;
                pattern.Append(@"\s+");
            }
            else if (Quotes.Contains(c)) pattern.Append("[\"'‘’“”«»]");
            else if (Dashes.Contains(c)) pattern.Append("[-–—]");
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
