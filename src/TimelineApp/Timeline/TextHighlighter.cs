using System.Globalization;
using TimelineApp.Search;

namespace TimelineApp.Timeline;

public readonly record struct TextSegment(string Text, bool IsMatch);

/// <summary>
/// Splits text into plain and matching segments for the search words, so a component can wrap matches in
/// &lt;mark&gt; while Razor still encodes every character. A word matches where a term starts it, as in the
/// full-text search (whose last term is a prefix), ignoring case and accents.
/// </summary>
public static class TextHighlighter
{
    private static readonly CompareInfo Compare = CultureInfo.InvariantCulture.CompareInfo;
    private const CompareOptions Loose = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;

    public static IReadOnlyList<TextSegment> Segments(string? text, string? query) =>
        Segments(text, EventSearchIndex.Terms(query));

    public static IReadOnlyList<TextSegment> Segments(string? text, IReadOnlyList<string> terms)
    {
        if (string.IsNullOrEmpty(text)) return [];
        if (terms.Count == 0) return [new TextSegment(text, false)];
        var segments = new List<TextSegment>();
        var plainStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1]))) { i++; continue; }
            var wordEnd = i;
            while (wordEnd < text.Length && char.IsLetterOrDigit(text[wordEnd])) wordEnd++;
            var matchLength = terms.Select(t => MatchLength(text, i, wordEnd, t)).Max();
            if (matchLength > 0)
            {
                if (i > plainStart) segments.Add(new TextSegment(text[plainStart..i], false));
                segments.Add(new TextSegment(text.Substring(i, matchLength), true));
                plainStart = i + matchLength;
            }
            i = wordEnd;
        }
        if (plainStart < text.Length) segments.Add(new TextSegment(text[plainStart..], false));
        return segments;
    }

    public static bool AnyMatch(string? text, IReadOnlyList<string> terms) => Segments(text, terms).Any(s => s.IsMatch);

    /// <summary>Length of the word's prefix that equals the term (accent- and case-blind), else 0.</summary>
    private static int MatchLength(string text, int start, int wordEnd, string term)
    {
        var word = text.AsSpan(start, wordEnd - start);
        for (var len = Math.Min(word.Length, term.Length + 4); len > 0; len--)
        {
            if (Compare.Compare(word[..len], term, Loose) == 0) return len;
        }
        return 0;
    }
}
