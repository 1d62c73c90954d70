using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace TimelineApp.Capture;

/// <summary>
/// Reads an article out of captured bytes: HTML with SmartReader (Mozilla Readability's port; it parses, it never runs
/// the page's scripts), PDF with PdfPig, plain text as it is. Paragraphs come out separated by blank lines.
/// </summary>
public static partial class ArticleExtractor
{
    public static bool IsPdf(string contentType, byte[] bytes) =>
        contentType.StartsWith("application/pdf", StringComparison.OrdinalIgnoreCase) || bytes.AsSpan().StartsWith("%PDF-"u8);

    public static bool IsHtml(string contentType) =>
        contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) || contentType.StartsWith("application/xhtml", StringComparison.OrdinalIgnoreCase);

    public static ExtractedArticle Extract(byte[] bytes, string contentType, Uri? address)
    {
        if (IsPdf(contentType, bytes)) return FromPdf(bytes);
        var text = HtmlDecoding.Decode(bytes, contentType);
        if (IsHtml(contentType) || LooksLikeHtml(text)) return HtmlArticle.Extract(text, address);
        var plain = Paragraphs(text);
        return new ExtractedArticle(null, null, null, null, null, TextDirection.ByScript(plain), plain);
    }

    private static bool LooksLikeHtml(string text) =>
        text.TrimStart().StartsWith('<') && text.Contains("<html", StringComparison.OrdinalIgnoreCase);

    private static ExtractedArticle FromPdf(byte[] bytes)
    {
        try
        {
            using var pdf = PdfDocument.Open(bytes);
            var pages = pdf.GetPages().Select(p => ContentOrderTextExtractor.GetText(p));
            var text = Paragraphs(string.Join("\n\n", pages));
            var info = pdf.Information;
            var headline = string.IsNullOrWhiteSpace(info.Title) ? text.Split('\n').FirstOrDefault(l => l.Trim().Length > 0)?.Trim() : info.Title.Trim();
            var language = TextDirection.GuessLanguage(text);
            return new ExtractedArticle(headline, Blank(info.Author), null, PdfDate(info.CreationDate), language == "und" ? null : language,
                TextDirection.Of(null, language, text), text);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new CaptureRefusedException($"The PDF cannot be read ({ex.Message}); nothing was captured.");
        }
    }

    /// <summary>PDF dates look like D:20150216143000+02'00'.</summary>
    private static DateTimeOffset? PdfDate(string? value)
    {
        if (value is null || PdfDatePattern().Match(value) is not { Success: true } m) return null;
        var offset = m.Groups["tz"].Success && m.Groups["tz"].Value is { Length: > 1 } tz
            ? new TimeSpan(int.Parse(tz[1..3]) * (tz[0] == '-' ? -1 : 1), int.Parse(m.Groups["tm"].Success ? m.Groups["tm"].Value : "0") * (tz[0] == '-' ? -1 : 1), 0)
            : TimeSpan.Zero;
        int G(string g, int fallback) => m.Groups[g].Success && m.Groups[g].Value.Length > 0 ? int.Parse(m.Groups[g].Value) : fallback;
        try
        {
            return new DateTimeOffset(G("y", 1), G("mo", 1), G("d", 1), G("h", 0), G("mi", 0), G("s", 0), offset);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^D:(?<y>\d{4})(?<mo>\d{2})?(?<d>\d{2})?(?<h>\d{2})?(?<mi>\d{2})?(?<s>\d{2})?(?<tz>[+\-]\d{2}|Z)?'?(?<tm>\d{2})?")]
    private static partial Regex PdfDatePattern();

    internal static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>Trims each line, drops runs of spaces and keeps paragraph breaks as one blank line.</summary>
    public static string Paragraphs(string text)
    {
        var result = new StringBuilder(text.Length);
        var blank = false;
        foreach (var raw in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            var line = Spaces().Replace(raw, " ").Trim();
            if (line.Length == 0) { blank = result.Length > 0; continue; }
            if (result.Length > 0) result.Append(blank ? "\n\n" : "\n");
            result.Append(line);
            blank = false;
        }
        return result.ToString();
    }

    [GeneratedRegex(@"[ \t\u00A0\f\v]+")]
    private static partial Regex Spaces();
}
