using Microsoft.AspNetCore.Components;
using TimelineApp.Data;
using TimelineApp.Events;
using TimelineApp.Filtering;
using TimelineApp.Common;

namespace TimelineApp.Timeline;

public partial class DensityChart
{
    private const double ChartHeight = 100, PlotHeight = 100, ColumnWidth = 10, ColumnGap = 1;

    [Parameter, EditorRequired] public Density Density { get; set; } = null!;
    [Parameter, EditorRequired] public IReadOnlyList<EventType> Types { get; set; } = [];
    [Parameter, EditorRequired] public TimelineState State { get; set; } = TimelineState.Empty;

    private IReadOnlyList<EventType> SeriesTypes => Types.Where(t => Density.Buckets.Any(b => b.ByType.ContainsKey(t.Id))).ToList();

    private string UnitName => Density.Unit.ToString().ToLowerInvariant();

    /// <summary>What the columns leave out or simplify, so the chart never says more than the dates do.</summary>
    private string ChartNote
    {
        get
        {
            var spans = Density.Unit is BucketUnit.Day or BucketUnit.Week ? "An event spanning several days is drawn on its first. " : "";
            var undrawn = Density.Undrawn == 0 ? ""
                : $"Not drawn: {Counting.Events(Density.Undrawn)} dated only to the {(Density.Unit == BucketUnit.Month ? "year" : "month or year")}; they are all in the list.";
            return (spans + undrawn).Trim();
        }
    }

    private double ChartWidth => Math.Max(1, Density.Buckets.Count) * ColumnWidth;

    private int MaxTotal => Math.Max(1, Density.Buckets.Count == 0 ? 1 : Density.Buckets.Max(b => b.Total));

    private static string Num(double v) => v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);

    private string ColumnLabel(Bucket b) => $"{b.Label}: {Counting.Events(b.Total)} — show only this {UnitName}";

    private string Summary
    {
        get
        {
            var busiest = Density.Buckets.MaxBy(b => b.Total);
            var total = Density.Buckets.Sum(b => b.Total);
            return $"Column chart of events per {UnitName} from {Density.Buckets[0].Label} to {Density.Buckets[^1].Label}, stacked by type: "
                + $"{total} events drawn" + (busiest is { Total: > 0 } ? $", most in {busiest.Label} ({busiest.Total})." : ".");
        }
    }

    private IReadOnlyList<string> AxisTexts { get; set; } = [];

    protected override void OnParametersSet() => AxisTexts = DensityBuckets.AxisLabels(Density);

    private string TypeName(string id) => Types.FirstOrDefault(t => t.Id == id)?.Name ?? id;

    private string NarrowUrl(Bucket b) => State.With(Narrowed(b)).ToUrl();

    private EventFilter Narrowed(Bucket b) => State.Filter with { From = b.Start, To = b.End };

    private string ResetUrl => State.With(State.Filter with { From = null, To = null }).ToUrl();
}
