using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.JSInterop;
using TimelineApp.Data;
using TimelineApp.Events;
using TimelineApp.Export;
using TimelineApp.Search;
using TimelineApp.Sharing;

namespace TimelineApp.Timeline;

/// <summary>
/// The reader's timeline. The URL is the state: every change navigates to a new URL, and whatever the URL
/// says (also after back/forward) is loaded, so any view can be bookmarked and shared.
/// </summary>
public partial class TimelineView
{

    [Inject] private NavigationManager Nav { get; set; } = null!;
    [Inject] private IJSRuntime JS { get; set; } = null!;
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
    private string? loadedQuery;
    private int loadVersion;
    private ElementReference body;
    private IJSObjectReference? splitView;
    private string? scrollTo;

    private string CountText => page is null ? "" : Counting.Events(page.Total);
    private string Description => FilterDescription.Describe(state.Filter, typesById);
    private string ViewTitle => SocialMetaText.ViewTitle(isMap: false, Description);
    private bool IsSplit => state.Layout == TimelineLayout.Split;
    private TimelineEntry? SelectedEntry => page?.Items.FirstOrDefault(i => i.Event.Slug == state.Selected) ?? selectedOffPage;
    private string ClearUrl => state.Cleared().ToUrl();

    private Task ready = Task.CompletedTask;

    protected override async Task OnInitializedAsync()
    {
        // Subscribe before any await, so a location change during start-up is not missed.
        Nav.LocationChanged += OnLocationChanged;
        await (ready = LoadChoicesAsync());
        await LoadAsync(Nav.Uri);
    }

    private async Task LoadChoicesAsync()
    {
        types = await Events.TypesAsync();
        typesById = types.ToDictionary(t => t.Id);
        options = await Timeline.OptionsAsync();
        publishedTotal = await Timeline.PublishedCountAsync();
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender && RendererInfo.IsInteractive)
        {
            splitView = await JS.InvokeAsync<IJSObjectReference>("import", "./js/split-view.js");
            await splitView.InvokeVoidAsync("attach", body);
        }
        if (scrollTo is { } slug && splitView is not null)
        {
            scrollTo = null;
            await splitView.InvokeVoidAsync("scrollToEntry", body, slug);
        }
        // A circuit started on another page (say an event page's Copy link button) can still hold that page's
        // address when enhanced navigation brought the reader here before it connected; the browser knows.
        if (!firstRender || !RendererInfo.IsInteractive || Nav.ToAbsoluteUri(Nav.Uri).AbsolutePath == "/") return;
        var version = loadVersion;
        await using var location = await JS.InvokeAsync<IJSObjectReference>("import", "./js/timeline-location.js");
        var href = await location.InvokeAsync<string>("currentHref");
        if (version == loadVersion && await LoadAsync(href)) StateHasChanged();
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        if (new Uri(e.Location).AbsolutePath != "/") return;
        // Usually the echo of our own navigation, already shown: re-rendering then would only renew the
        // event handlers under a click that is on its way.
        _ = InvokeAsync(async () =>
        {
            if (await LoadAsync(e.Location)) StateHasChanged();
        });
    }

    /// <summary>Loads what the URL asks for, once per URL; a newer URL wins over a slower older load.</summary>
    /// <returns>Whether anything new is shown.</returns>
    private async Task<bool> LoadAsync(string uri)
    {
        await ready;
        var query = Nav.ToAbsoluteUri(uri).Query;
        if (query == loadedQuery) return false;
        loadedQuery = query;
        var version = ++loadVersion;
        var next = TimelineUrl.Parse(uri, typesById.Keys);
        var pageTask = Timeline.PageAsync(next.Filter, next.Page, typesById);
        var countsTask = Events.CountByTypeAsync(next.Filter);
        var densityTask = Timeline.DensityAsync(next.Filter);
        await Task.WhenAll(pageTask, countsTask, densityTask);
        TimelineEntry? selected = null;
        if (next.Selected is { } slug && !pageTask.Result.Items.Any(i => i.Event.Slug == slug))
        {
            selected = await Timeline.EntryAsync(slug, typesById);
            if (selected is null)
                next = next with { Selected = null, Problems = [.. next.Problems, new("event", $"there is no published event '{slug}'")] };
        }
        if (version != loadVersion) return false;
        (state, page, density, selectedOffPage) = (next, pageTask.Result, densityTask.Result, selected);
        typeCounts = countsTask.Result.ToDictionary(c => c.Type, c => c.Count);
        terms = EventSearchIndex.Terms(next.Filter.Text);
        return true;
    }

    private Task ApplyFilter(EventFilter filter) => GoAsync(state.With(filter));

    private Task SelectAsync(string? slug) => GoAsync(state with { Selected = slug });

    /// <summary>A marker clicked in the split view: its entry is selected and, once drawn, scrolled into view.</summary>
    private async Task MarkerSelectedAsync(string slug)
    {
        await SelectAsync(slug);
        scrollTo = slug;
    }

    /// <summary>
    /// Puts the new state in the URL (a history entry, so Back returns here) and loads it at once rather
    /// than waiting for the navigation's round trip, which then finds it already loaded.
    /// </summary>
    private async Task GoAsync(TimelineState next)
    {
        var url = next.ToUrl();
        // Compared with what is shown, not Nav.Uri: that lags until the previous navigation's round trip ends.
        if (Nav.ToAbsoluteUri(url).Query == loadedQuery) return;
        Nav.NavigateTo(url);
        await LoadAsync(url);
    }

    public async ValueTask DisposeAsync()
    {
        Nav.LocationChanged -= OnLocationChanged;
        try { if (splitView is not null) await splitView.DisposeAsync(); }
        catch (JSDisconnectedException) { }
    }
}
