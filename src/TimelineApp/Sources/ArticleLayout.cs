using System.Text.RegularExpressions;

namespace TimelineApp.Sources;

/// <summary>A passage of an article that a published event cites.</summary>
public sealed record QuoteRef(int CitationId, string Quote, string EventSlug, string EventTitle);

/// <summary>A run of article text; <see cref="Quotes"/> are the citations covering it (none = plain text).</summary>
public sealed record ArticleSpan(string Text, IReadOnlyList<QuoteRef> Quotes, IReadOnlyList<QuoteRef> StartingHere, IReadOnlyList<QuoteRef> EndingHere);

public sealed record ArticleLayout(IReadOnlyList<IReadOnlyList<ArticleSpan>> Paragraphs, IReadOnlyList<QuoteRef> NotFound);

/// <summary>
/// Lays an article's verbatim text out as paragraphs (split at blank lines, nothing else changed) and cuts
/// them where cited quotes start and end, so each quote can be marked and linked even when quotes overlap.
/// </summary>
public static partial class ArticleLayoutBuilder
{
    public static ArticleLayout Build(string text, IReadOnlyList<QuoteRef> quotes)
    {
        var found = new List<(QuoteRef Ref, int Start, int End)>();
        var notFound = new List<QuoteRef>();
        foreach (var q in quotes)
        {
            var at = q.Quote.Length == 0 ? -1 : text.IndexOf(q.Quote, StringComparison.Ordinal);
            if (at < 0) notFound.Add(q); else found.Add((q, at, at + q.Quote.Length));
        }

        var paragraphs = ParagraphRanges(text);
        var result = new List<IReadOnlyList<ArticleSpan>>();
        var lastEnd = 0;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var (ps, pe) = paragraphs[p];
            var nextStart = p + 1 < paragraphs.Count ? paragraphs[p + 1].Start : text.Length;
            var cuts = new SortedSet<int> { ps, pe };
            foreach (var f in found)
            {
                if (f.Start > ps && f.Start < pe) cuts.Add(f.Start);
                if (f.End > ps && f.End < pe) cuts.Add(f.End);
            }
            var points = cuts.ToList();
            var spans = new List<ArticleSpan>();
            for (var i = 0; i + 1 < points.Count; i++)
            {
                int a = points[i], b = points[i + 1];
                var endLimit = b == pe ? nextStart : b;
                spans.Add(new ArticleSpan(text[a..b],
                    found.Where(f => f.Start <= a && f.End >= b).Select(f => f.Ref).ToList(),
                    found.Where(f => f.Start >= lastEnd && f.Start <= a).Select(f => f.Ref).ToList(),
                    found.Where(f => f.End > a && f.End <= endLimit).Select(f => f.Ref).ToList()));
                lastEnd = b;
            }
            result.Add(spans);
        }
        return new ArticleLayout(result, notFound);
    }

    private static List<(int Start, int End)> ParagraphRanges(string text)
    {
        var ranges = new List<(int Start, int End)>();
        var start = 0;
        foreach (Match gap in BlankLines().Matches(text))
        {
            if (gap.Index > start) ranges.Add((start, gap.Index));
            start = gap.Index + gap.Length;
        }
        if (start < text.Length) ranges.Add((start, text.Length));
        return ranges.Where(r => !string.IsNullOrWhiteSpace(text[r.Start..r.End])).ToList();
    }

    [GeneratedRegex(@"\r?\n[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)+")]
    private static partial Regex BlankLines();
}
