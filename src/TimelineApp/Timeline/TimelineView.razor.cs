using Microsoft.AspNetCore.Components;
using TimelineApp.Data;
using TimelineApp.Events;
using TimelineApp.Export;
using TimelineApp.Search;
using TimelineApp.Sharing;
using TimelineApp.Filtering;
using TimelineApp.Common;

namespace TimelineApp.Timeline;

/// <summary>
/// The reader's timeline, rendered statically (no circuit): the URL is the state, so any view can be bookmarked,
/// shared and cached. Filters are a GET form, the chart's columns and "Show details" are links.
/// </summary>
public partial class TimelineView
{
    [Inject] private NavigationManager Nav { get; set; } = null!;
    [Inject] private TimelineQuery Timeline { get; set; } = null!;
    [Inject] private EventQuery Events { get; set; } = null!;

    private IReadOnlyList<EventType> types = [];
    private Dictionary<string, EventType> typesById = [];
    private Dictionary<string, int> typeCounts = [];
    private FilterOptions options = new([], [], []);
    private int publishedTotal;
    private TimelineState state = TimelineState.Empty;
    private EntryPage? page;
    private Density? density;
    private TimelineEntry? selectedOffPage;
    private IReadOnlyList<string> terms = [];

    private string CountText => page is null ? "" : Counting.Events(page.Total);
    private string Description => FilterDescription.Describe(state.Filter, typesById);
    private string ViewTitle => SocialMetaText.ViewTitle(isMap: false, Description);
    private bool IsSplit => state.Layout == TimelineLayout.Split;
    private TimelineEntry? SelectedEntry => page?.Items.FirstOrDefault(i => i.Event.Slug == state.Selected) ?? selectedOffPage;
    private string ClearUrl => state.Cleared().ToUrl();

    protected override async Task OnInitializedAsync()
    {
        types = await Events.TypesAsync();
        typesById = types.ToDictionary(t => t.Id);
        var next = TimelineUrl.Parse(Nav.Uri, typesById.Keys);
        // A form submitted without JavaScript sends every field, empty ones too: answer with the tidy address,
        // so equal views have one URL (one cache entry, one link to share).
        if (next.Problems.Count == 0 && Nav.ToAbsoluteUri(Nav.Uri).PathAndQuery != next.ToUrl())
        {
            Nav.NavigateTo(next.ToUrl());
            return;
        }
        options = await Timeline.OptionsAsync();
        publishedTotal = await Timeline.PublishedCountAsync();
        var pageTask = Timeline.PageAsync(next.Filter, next.Page, typesById);
        var countsTask = Events.CountByTypeAsync(next.Filter);
        var densityTask = Timeline.DensityAsync(next.Filter);
        await Task.WhenAll(pageTask, countsTask, densityTask);
        if (next.Selected is { } slug && !pageTask.Result.Items.Any(i => i.Event.Slug == slug))
        {
            selectedOffPage = await Timeline.EntryAsync(slug, typesById);
            if (selectedOffPage is null)
                next = next with { Selected = null, Problems = [.. next.Problems, new("event", $"there is no published event '{slug}'")] };
        }
        (state, page, density) = (next, pageTask.Result, densityTask.Result);
        typeCounts = countsTask.Result.ToDictionary(c => c.Type, c => c.Count);
        terms = EventSearchIndex.Terms(next.Filter.Text);
    }
}
