using Microsoft.AspNetCore.Components;
using Radzen;
using TimelineApp.Data;
using TimelineApp.Events;

namespace TimelineApp.Timeline;

public partial class DensityChart
{
    /// <summary>One column segment: what Radzen binds to.</summary>
    public sealed record Point(string Label, int Count);

    [Parameter, EditorRequired] public Density Density { get; set; } = null!;
    [Parameter, EditorRequired] public IReadOnlyList<EventType> Types { get; set; } = [];
    [Parameter, EditorRequired] public TimelineState State { get; set; } = TimelineState.Empty;
    [Parameter] public EventCallback<EventFilter> OnNarrow { get; set; }

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

    private IEnumerable<Point> Points(string type) => Density.Buckets.Select(b => new Point(b.Label, b.ByType.GetValueOrDefault(type)));

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

    private Dictionary<string, string> axisLabels = [];

    protected override void OnParametersSet() =>
        axisLabels = Density.Buckets.Zip(DensityBuckets.AxisLabels(Density)).ToDictionary(x => x.First.Label, x => x.Second);

    private string AxisLabel(object? category) => axisLabels.GetValueOrDefault(category?.ToString() ?? "", "");

    private int IndexOf(string label)
    {
        for (var i = 0; i < Density.Buckets.Count; i++) if (Density.Buckets[i].Label == label) return i;
        return -1;
    }

    private string TypeName(string id) => Types.FirstOrDefault(t => t.Id == id)?.Name ?? id;

    private string NarrowUrl(Bucket b) => State.With(Narrowed(b)).ToUrl();

    private EventFilter Narrowed(Bucket b) => State.Filter with { From = b.Start, To = b.End };

    private Task OnSeriesClick(SeriesClickEventArgs args)
    {
        var index = IndexOf(args.Category?.ToString() ?? "");
        return index < 0 ? Task.CompletedTask : OnNarrow.InvokeAsync(Narrowed(Density.Buckets[index]));
    }

    private Task Reset() => OnNarrow.InvokeAsync(State.Filter with { From = null, To = null });
}
