using NodaTime;

namespace TimelineApp.Export;

/// <summary>An event as the SVG draws it.</summary>
public sealed record SvgItem(string Slug, string Title, string DateText, LocalDate First, LocalDate EndExclusive, string TypeId);

/// <summary>An event placed on the page: its span on the axis, its mark, its label and the lane (row) they sit in.</summary>
public sealed record SvgPlaced(SvgItem Item, double SpanStart, double SpanEnd, double MarkX, int Lane, string Label, double LabelX, bool LabelLeft, double Left, double Right);

/// <summary>
/// Puts each event's mark and label in the first lane (row) where they do not touch anything already there, so labels
/// never overlap however the events cluster. Labels go right of their mark, or left when they would run off the page.
/// </summary>
public static class SvgTimelineLayout
{
    public const double FontSize = 11;
    public const double MarkRadius = 7;
    private const double Gap = 10;
    private const double MaxLabelWidth = 360;

    public static IReadOnlyList<SvgPlaced> Place(IEnumerable<SvgItem> items, SvgAxis axis, double x0, double x1, double pageRight)
    {
        double X(LocalDate d) => x0 + axis.Fraction(d) * (x1 - x0);
        var laneEnds = new List<List<(double Left, double Right)>>();
        var placed = new List<SvgPlaced>();
        foreach (var item in items.OrderBy(i => i.First).ThenBy(i => i.EndExclusive))
        {
            var spanStart = X(item.First);
            var spanEnd = Math.Max(spanStart + 1, X(item.EndExclusive));
            var markX = (spanStart + spanEnd) / 2;
            var label = SvgTextWidth.Fit($"{item.DateText} · {item.Title}", FontSize, MaxLabelWidth);
            var width = SvgTextWidth.Of(label, FontSize);
            var left = markX + MarkRadius + 4 + width > pageRight;
            var labelX = left ? markX - MarkRadius - 4 : markX + MarkRadius + 4;
            var lo = Math.Min(spanStart, left ? labelX - width : markX - MarkRadius);
            var hi = Math.Max(spanEnd, left ? markX + MarkRadius : labelX + width);
            var lane = laneEnds.FindIndex(l => l.All(o => hi + Gap <= o.Left || lo >= o.Right + Gap));
            if (lane < 0)
            {
                lane = laneEnds.Count;
                laneEnds.Add([]);
            }
            laneEnds[lane].Add((lo, hi));
            placed.Add(new SvgPlaced(item, spanStart, spanEnd, markX, lane, label, labelX, left, lo, hi));
        }
        return placed;
    }
}
