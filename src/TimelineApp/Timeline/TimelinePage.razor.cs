using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using TimelineApp.Data;
using TimelineApp.Events;
using TimelineApp.Search;

namespace TimelineApp.Timeline;

/// <summary>
/// The reader's timeline. The URL is the state: every change navigates to a new URL, and whatever the URL
/// says (also after back/forward) is loaded, so any view can be bookmarked and shared.
/// </summary>
public partial class TimelinePage
{
    [Inject] private NavigationManager Nav { get; set; } = null!;
    [Inject] private TimelineQuery Timeline { get; set; } = null!;
    [Inject] private EventQuery Events { get; set; } = null!;

    private IReadOnlyList<EventType> types = [];
    private Dictionary<string, int> typeCounts = [];
    private FilterOptions options = new([], [], []);
    private int publishedTotal;
    private TimelineState state = TimelineState.Empty;
    private EntryPage? page;
    private Density? density;
    private TimelineEntry? selectedOffPage;
    private IReadOnlyList<string> terms = [];
    private string? loadedUri;
    private int loadVersion;

    private string CountText => page is null ? "" : page.Total == 1 ? "1 event" : $"{page.Total:N0} events";
    private string PageTitleText => state.Filter.Text is { } q ? $"“{q}” · Timeline · TimelineApp" : "Timeline · TimelineApp";
    private string ClearUrl => (TimelineState.Empty with { Filter = EventFilter.None with { Sort = state.Filter.Sort } }).ToUrl();

    protected override async Task OnInitializedAsync()
    {
        types = await Events.TypesAsync();
        options = await Timeline.OptionsAsync();
        publishedTotal = await Timeline.PublishedCountAsync();
        Nav.LocationChanged += OnLocationChanged;
    }

    protected override Task OnParametersSetAsync() => LoadAsync(Nav.Uri);

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        if (new Uri(e.Location).AbsolutePath != "/") return;
        _ = InvokeAsync(async () =>
        {
            await LoadAsync(e.Location);
            StateHasChanged();
        });
    }

    /// <summary>Loads what the URL asks for, once per URL; a newer URL wins over a slower older load.</summary>
    private async Task LoadAsync(string uri)
    {
        if (uri == loadedUri) return;
        loadedUri = uri;
        var version = ++loadVersion;
        var next = TimelineUrl.Parse(uri, types.Select(t => t.Id).ToHashSet());
        var pageTask = Timeline.PageAsync(next.Filter, next.Page);
        var countsTask = Events.CountByTypeAsync(next.Filter);
        var densityTask = Timeline.DensityAsync(next.Filter);
        await Task.WhenAll(pageTask, countsTask, densityTask);
        TimelineEntry? selected = null;
        if (next.Selected is { } slug && !pageTask.Result.Items.Any(i => i.Event.Slug == slug))
        {
            selected = await Timeline.EntryAsync(slug);
            if (selected is null)
                next = next with { Selected = null, Problems = [.. next.Problems, new("event", $"there is no published event '{slug}'")] };
        }
        if (version != loadVersion) return;
        (state, page, density, selectedOffPage) = (next, pageTask.Result, densityTask.Result, selected);
        typeCounts = countsTask.Result.ToDictionary(c => c.Type, c => c.Count);
        terms = EventSearchIndex.Terms(next.Filter.Text);
    }

    private void ApplyFilter(EventFilter filter) => Go(state.With(filter));

    private Task SelectAsync(string? slug)
    {
        Go(state with { Selected = slug });
        return Task.CompletedTask;
    }

    private void Go(TimelineState next)
    {
        var url = next.ToUrl();
        if (Nav.ToAbsoluteUri(url).ToString() != Nav.Uri) Nav.NavigateTo(url);
    }

    public void Dispose() => Nav.LocationChanged -= OnLocationChanged;
}
