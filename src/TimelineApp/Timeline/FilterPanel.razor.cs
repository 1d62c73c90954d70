using Microsoft.AspNetCore.Components;
using NodaTime;
using TimelineApp.Data;
using TimelineApp.Filtering;

namespace TimelineApp.Timeline;

public partial class FilterPanel
{
    [Parameter, EditorRequired] public TimelineState State { get; set; } = TimelineState.Empty;
    [Parameter, EditorRequired] public IReadOnlyList<EventType> Types { get; set; } = [];
    [Parameter, EditorRequired] public IReadOnlyDictionary<string, int> Counts { get; set; } = new Dictionary<string, int>();
    [Parameter, EditorRequired] public FilterOptions Options { get; set; } = new([], [], []);

    private int ActiveCount => State.Filter.ToParameters().Count(p => p.Key != "sort");
    private string ClearUrl => State.Cleared().ToUrl();

    private static string Iso(LocalDate? d) => d is { } x ? x.ToString("uuuu-MM-dd", null) : "";
}
