using System.Globalization;
using System.Xml.Linq;
using TimelineApp.Events;

namespace TimelineApp.Export;

/// <summary>Draws the laid-out timeline as SVG elements.</summary>
public static class SvgTimelineDrawing
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";
    private const double Width = 1200, X0 = 48, X1 = 1152, AxisY = 84, FirstLaneY = 112, LaneHeight = 22;

    public static XElement Draw(ExportContext context, IReadOnlyList<SvgItem> items)
    {
        var title = $"TimelineApp: {context.Description}";
        var source = $"Source: TimelineApp · {N(context.Count)} events · generated {context.Today:uuuu-MM-dd}"
            + (context.Truncated ? $" · the first {N(context.Count)} of {N(context.Total)} shown" : "");
        var body = new List<object>
        {
            new XElement(Ns + "title", new XAttribute("id", "svg-title"), Clean(title)),
            new XElement(Ns + "desc", new XAttribute("id", "svg-desc"), Clean(source)),
            new XElement(Ns + "rect", new XAttribute("width", "100%"), new XAttribute("height", "100%"), new XAttribute("fill", "#ffffff")),
            Text(X0, 34, SvgTextWidth.Fit(title, 18, X1 - X0), 18, "title", ("font-weight", "700")),
        };
        double y;
        if (items.Count == 0)
        {
            body.Add(Text(X0, AxisY, "No events match this filter.", 13, "empty"));
            y = AxisY + 30;
        }
        else
        {
            var axis = new SvgAxis(items.Min(i => i.First), items.Max(i => i.EndExclusive));
            var placed = SvgTimelineLayout.Place(items, axis, X0, X1, Width - 8);
            body.Add(Axis(axis));
            // Leaders and span bars go beneath every mark and label, so none of them covers another event's label.
            body.Add(new XElement(Ns + "g", new XAttribute("class", "spans"), placed.Select(p => Span(p, context))));
            body.Add(new XElement(Ns + "g", new XAttribute("class", "events"), placed.Select(p => Event(p, context))));
            y = FirstLaneY + (placed.Max(p => p.Lane) + 1) * LaneHeight + 16;
        }
        var (legend, legendBottom) = Legend(context, items, y);
        body.Add(legend);
        body.Add(Text(X0, legendBottom + 28, source, 11, "source", ("fill", "#444444")));
        body.Add(Text(X0, legendBottom + 44, Clean($"{context.BaseUrl}/{context.Filter.ToQueryString()}"), 10, "source-url", ("fill", "#666666")));
        var height = Math.Ceiling(legendBottom + 60);
        return new XElement(Ns + "svg",
            new XAttribute("width", F(Width)), new XAttribute("height", F(height)), new XAttribute("viewBox", $"0 0 {F(Width)} {F(height)}"),
            new XAttribute("role", "img"), new XAttribute("aria-labelledby", "svg-title svg-desc"),
            new XAttribute("font-family", "Arial, 'Liberation Sans', Helvetica, sans-serif"), body);
    }

    private static XElement Axis(SvgAxis axis)
    {
        double X(NodaTime.LocalDate d) => X0 + axis.Fraction(d) * (X1 - X0);
        return new XElement(Ns + "g", new XAttribute("class", "axis"),
            Line(X0, AxisY, X1, AxisY, "#1d1d1f", 1.5),
            axis.Ticks.Select(t => new XElement(Ns + "g", new XAttribute("class", "tick"),
                Line(X(t.Date), AxisY - 5, X(t.Date), AxisY + 5, "#1d1d1f", 1),
                Text(X(t.Date), AxisY - 10, t.Label, 11, null, ("text-anchor", "middle")))));
    }

    private static IEnumerable<XElement> Span(SvgPlaced p, ExportContext context)
    {
        var color = ColorOf(p, context);
        var y = LaneY(p);
        yield return Line(p.MarkX, AxisY, p.MarkX, y - SvgTimelineLayout.MarkRadius, color, 0.75, ("stroke-dasharray", "2 2"), ("opacity", "0.6"));
        // The span runs just under the label's baseline, so it shows the dates the event may cover without crossing the text.
        yield return new XElement(Ns + "rect", new XAttribute("x", F(p.SpanStart)), new XAttribute("y", F(y + 8)),
            new XAttribute("width", F(p.SpanEnd - p.SpanStart)), new XAttribute("height", "3"), new XAttribute("fill", color), new XAttribute("opacity", "0.55"));
    }

    private static XElement Event(SvgPlaced p, ExportContext context)
    {
        var type = context.Types.GetValueOrDefault(p.Item.TypeId);
        var y = LaneY(p);
        var r = SvgTimelineLayout.MarkRadius;
        var scale = 2 * r / 24;
        return new XElement(Ns + "g", new XAttribute("class", "event"), new XAttribute("data-slug", p.Item.Slug),
            new XElement(Ns + "title", Clean($"{p.Item.DateText} · {p.Item.Title} ({type?.Name ?? p.Item.TypeId})")),
            new XElement(Ns + "path", new XAttribute("class", "mark"), new XAttribute("d", TypeShapes.PathFor(type?.Shape ?? "circle")),
                new XAttribute("transform", $"translate({F(p.MarkX - r)} {F(y - r)}) scale({F(scale)})"),
                new XAttribute("fill", ColorOf(p, context)), new XAttribute("stroke", "#1d1d1f"), new XAttribute("stroke-width", F(1 / scale)),
                new XAttribute("fill-rule", "evenodd")),
            // A white halo keeps the label readable where a leader line passes behind it.
            Text(p.LabelX, y + 4, Clean(p.Label), SvgTimelineLayout.FontSize, "label", ("text-anchor", p.LabelLeft ? "end" : "start"),
                ("stroke", "#ffffff"), ("stroke-width", "3"), ("paint-order", "stroke"), ("stroke-linejoin", "round")));
    }

    private static double LaneY(SvgPlaced p) => FirstLaneY + p.Lane * LaneHeight;

    private static string ColorOf(SvgPlaced p, ExportContext context) =>
        TypeShapes.SafeColor(context.Types.GetValueOrDefault(p.Item.TypeId)?.Color ?? "");

    private static (XElement Legend, double Bottom) Legend(ExportContext context, IReadOnlyList<SvgItem> items, double top)
    {
        var entries = new List<XElement>();
        double x = X0 + 60, y = top + 14;
        var present = items.Select(i => i.TypeId).ToHashSet();
        foreach (var type in context.Types.Values.Where(t => present.Contains(t.Id)).OrderBy(t => t.SortOrder).ThenBy(t => t.Id))
        {
            var w = 20 + SvgTextWidth.Of(type.Name, 11) + 18;
            if (x + w > X1) { x = X0 + 60; y += 20; }
            entries.Add(new XElement(Ns + "g", new XAttribute("class", "legend-item"),
                new XElement(Ns + "path", new XAttribute("d", TypeShapes.PathFor(type.Shape)), new XAttribute("transform", $"translate({F(x)} {F(y - 11)}) scale(0.5)"),
                    new XAttribute("fill", TypeShapes.SafeColor(type.Color)), new XAttribute("stroke", "#1d1d1f"), new XAttribute("stroke-width", "2"), new XAttribute("fill-rule", "evenodd")),
                Text(x + 18, y, Clean(type.Name), 11, null)));
            x += w;
        }
        return (new XElement(Ns + "g", new XAttribute("class", "legend"), Text(X0, top + 14, "Types", 11, null, ("font-weight", "700")), entries), y);
    }

    private static XElement Text(double x, double y, string text, double size, string? cls, params (string Name, string Value)[] extra) =>
        new(Ns + "text", new XAttribute("x", F(x)), new XAttribute("y", F(y)), new XAttribute("font-size", F(size)),
            cls is null ? null : new XAttribute("class", cls), extra.Select(a => new XAttribute(a.Name, a.Value)), Clean(text));

    private static XElement Line(double x1, double y1, double x2, double y2, string stroke, double width, params (string Name, string Value)[] extra) =>
        new(Ns + "line", new XAttribute("x1", F(x1)), new XAttribute("y1", F(y1)), new XAttribute("x2", F(x2)), new XAttribute("y2", F(y2)),
            new XAttribute("stroke", stroke), new XAttribute("stroke-width", F(width)), extra.Select(a => new XAttribute(a.Name, a.Value)));

    /// <summary>Drops characters XML cannot carry at all (control characters); escaping of the rest is XElement's job.</summary>
    private static string Clean(string text) => new(text.Where(c => System.Xml.XmlConvert.IsXmlChar(c) || char.IsSurrogate(c)).ToArray());

    private static string F(double v) => Math.Round(v, 2).ToString(CultureInfo.InvariantCulture);

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
