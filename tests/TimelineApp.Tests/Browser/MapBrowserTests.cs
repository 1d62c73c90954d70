using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TimelineApp.Data;
using TimelineApp.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TimelineApp.Tests.Browser;

public partial class MapBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Map_shows_a_marker_or_cluster_count_for_every_seeded_event_in_Libya()
    {
        await using var db = fx.Server.CreateDb();
        var inLibya = await db.Events.CountAsync(e => e.Status == EventStatus.Published && e.Place != null && e.Place.Country == "LY");
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/map?country=LY");
        var map = await ReadyMapAsync(page);
        await Expect(map.GetByText($"{inLibya} events on the map")).ToBeVisibleAsync();
        await EventuallyAsync(async () => await MarkedEventsAsync(map) == inLibya, $"markers and cluster counts should add up to {inLibya}");
    }

    [Fact]
    public async Task Clicking_a_marker_opens_its_popup_with_a_link_to_the_event()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/map?type=bombing");
        var map = await ReadyMapAsync(page);
        await map.GetByRole(AriaRole.Button, new() { Name = "Bomb blasts kill dozens in Al-Qubba (Bombing, 20 Feb 2015)" }).ClickAsync();
        var link = map.GetByRole(AriaRole.Link, new() { Name = "Open the event and its sources: Bomb blasts kill dozens in Al-Qubba" });
        await Expect(link).ToBeVisibleAsync();
        await Expect(link).ToHaveAttributeAsync("href", "events/al-qubba-bombings");
        await Expect(map.GetByText("at least 41 killed (Libyan ministry of health spokesman)", new() { Exact = false })).ToBeVisibleAsync();

        // Keyboard: Enter on a focused marker opens its popup with the link focused; Escape returns to the marker.
        var tripoli = map.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Bombing targets Egypt's embassy in Tripoli") });
        await tripoli.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(map.GetByText("Tripoli · town-level location")).ToBeVisibleAsync();
        var tripoliLink = map.GetByRole(AriaRole.Link, new() { Name = "Open the event and its sources: Bombing targets Egypt's embassy in Tripoli" });
        await Expect(tripoliLink).ToBeFocusedAsync();
        await Expect(tripoliLink).ToHaveAttributeAsync("href", "events/egypt-embassy-tripoli-bombing");
        await page.Keyboard.PressAsync("Escape");
        await Expect(map.GetByText("Tripoli · town-level location")).ToBeHiddenAsync();
        await Expect(tripoli).ToBeFocusedAsync();
    }

    [Fact]
    public async Task Hosts_can_highlight_an_event_and_hear_which_marker_was_clicked()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/map");
        var map = await ReadyMapAsync(page);
        await page.EvaluateAsync("document.addEventListener('eventmap:select', e => window.selectedSlug = e.detail.slug)");

        // What the split view does when an event is selected in the timeline.
        await page.EvaluateAsync("import('/js/map.js').then(m => m.highlight(document.querySelector('.event-map-canvas'), 'al-qubba-bombings'))");
        var link = map.GetByRole(AriaRole.Link, new() { Name = "Open the event and its sources: Bomb blasts kill dozens in Al-Qubba" });
        await Expect(link).ToHaveAttributeAsync("href", "events/al-qubba-bombings");

        await map.GetByRole(AriaRole.Button, new() { Name = "Bomb blasts kill dozens in Al-Qubba (Bombing, 20 Feb 2015)" }).ClickAsync();
        await page.WaitForFunctionAsync("() => window.selectedSlug === 'al-qubba-bombings'");
    }

    [Fact]
    public async Task The_time_slider_narrows_the_visible_set_and_writes_the_window_to_the_address()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/map");
        var map = await ReadyMapAsync(page);
        await Expect(map.GetByText("24 events on the map")).ToBeVisibleAsync();

        var slider = page.GetByRole(AriaRole.Region, new() { Name = "Time window" });
        await slider.GetByRole(AriaRole.Slider, new() { Name = "Window start" }).FocusAsync();
        await page.Keyboard.PressAsync("End");
        await page.WaitForURLAsync(new Regex(@"/map\?from=2015-02-28&to=2015-02-28$"));
        await Expect(map.GetByText("2 events on the map")).ToBeVisibleAsync();
        await EventuallyAsync(async () => await MarkedEventsAsync(map) == 2, "the map should show the 2 events that cover 28 Feb 2015 (both dated Feb 2015)");
        await Expect(slider.GetByText("28 Feb 2015", new() { Exact = true }).First).ToBeVisibleAsync();

        await slider.GetByRole(AriaRole.Button, new() { Name = "Show all dates" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/map$"));
        await Expect(map.GetByText("24 events on the map")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Play_moves_the_window_through_time_until_paused()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/map");
        await ReadyMapAsync(page);
        var slider = page.GetByRole(AriaRole.Region, new() { Name = "Time window" });
        await slider.GetByRole(AriaRole.Button, new() { Name = "Play" }).ClickAsync();
        var pause = slider.GetByRole(AriaRole.Button, new() { Name = "Pause" });
        await Expect(pause).ToHaveAttributeAsync("aria-pressed", "true");
        // From the whole span, play starts with an eighth of it and moves on by half a window per step.
        await page.WaitForURLAsync(new Regex(@"/map\?from=2011-(0[3-9]|1\d)-\d\d&to=\d{4}-\d\d-\d\d$"));
        await pause.ClickAsync();
        await Expect(slider.GetByRole(AriaRole.Button, new() { Name = "Play" })).ToHaveAttributeAsync("aria-pressed", "false");
        var paused = page.Url;
        await page.WaitForTimeoutAsync(1500);
        Assert.Equal(paused, page.Url);
    }

    [Fact]
    public async Task An_empty_result_says_so_ignored_values_are_reported_and_filters_clear_with_one_click()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/map?from=1990-01-01&to=1990-12-31&country=Libya");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "No events to show here." })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "'Libya' is not an ISO 3166-1 country code like LY or EG" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Clear all filters" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/map$"));
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Event map" }).GetByText("24 events on the map")).ToBeVisibleAsync();
        await Expect(page.GetByText("No events to show here.")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task No_request_leaves_the_loopback_address()
    {
        var page = await fx.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, r) => requests.Add(r.Url);
        await page.GotoAsync("/map?type=bombing");
        var map = await ReadyMapAsync(page);
        await map.GetByRole(AriaRole.Button, new() { Name = "Zoom in" }).ClickAsync();
        await map.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Bomb blasts kill dozens") }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Contains(requests, u => u.Contains("/lib/world-atlas/countries-50m.json"));
        Assert.Contains(requests, u => u.Contains("/api/map/features"));
        Assert.All(requests, u => Assert.True(u.StartsWith(fx.Server.BaseUrl + "/") || u.StartsWith("data:") || u.StartsWith("ws://127.0.0.1"), $"request left the machine: {u}"));
    }

    [Fact]
    public async Task An_online_tile_layer_is_used_only_when_configured_with_its_attribution()
    {
        await using var server = await LiveServer.StartAsync("--Map:TileUrlTemplate=/test-tiles/{z}/{x}/{y}.png", "--Map:TileAttribution=Test tiles attribution");
        var context = await fx.Browser.NewContextAsync(new() { BaseURL = server.BaseUrl });
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, r) => requests.Add(r.Url);
        await page.GotoAsync("/map");
        var map = await ReadyMapAsync(page);
        await Expect(map.GetByText("Test tiles attribution")).ToBeVisibleAsync();
        Assert.Contains(requests, u => u.StartsWith(server.BaseUrl + "/test-tiles/"));
        await context.CloseAsync();

        // The default (no template) never asks for tiles.
        var offline = await fx.NewPageAsync();
        var offlineRequests = new List<string>();
        offline.Request += (_, r) => offlineRequests.Add(r.Url);
        await offline.GotoAsync("/map");
        await Expect(await ReadyMapAsync(offline)).Not.ToContainTextAsync("Test tiles");
        Assert.DoesNotContain(offlineRequests, u => u.Contains("tiles"));
    }

    [Fact]
    public async Task The_place_mini_map_element_draws_a_map_of_its_place()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/map");
        await page.EvaluateAsync("""
            document.querySelector('main').insertAdjacentHTML('afterbegin',
              '<figure><place-mini-map lat="32.759" lng="22.245" precision="town" label="Al-Qubba" style="display:block;height:200px"></place-mini-map><figcaption>Mini map test</figcaption></figure>')
            """);
        await Expect(page.Locator("place-mini-map.leaflet-container")).ToBeVisibleAsync();
        await Expect(page.Locator("place-mini-map .leaflet-interactive").First).ToBeAttachedAsync();
    }

    [Fact]
    public async Task Map_with_an_open_popup_has_no_serious_accessibility_violations()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/map?type=bombing");
        var map = await ReadyMapAsync(page);
        await map.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Bomb blasts kill dozens") }).ClickAsync();
        // Measured once the popup has faded in: half-way through, its text is half as dark.
        await page.WaitForFunctionAsync("() => { const p = document.querySelector('.leaflet-popup'); return !!p && getComputedStyle(p).opacity === '1'; }");
        await page.AddScriptTagAsync(new() { Url = "/lib/axe-core/axe.min.js" });
        var violations = await page.EvaluateAsync<string[]>("""
            axe.run().then(r => r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
              .map(v => `${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(' ')).join(', ')}`))
            """);
        Assert.Empty(violations);
    }

    internal static async Task<ILocator> ReadyMapAsync(IPage page)
    {
        var map = page.GetByRole(AriaRole.Region, new() { Name = "Event map" });
        await Expect(map).ToHaveAttributeAsync("aria-busy", "false", new() { Timeout = 30_000 });
        return map;
    }

    [GeneratedRegex(@"^Cluster of (\d+) events?$")]
    private static partial Regex ClusterName();

    // Marker names end with "(Type, date)"; see markerFor in wwwroot/js/map.js.
    [GeneratedRegex(@"\([^()]+, [^()]+\)$")]
    private static partial Regex MarkerName();

    /// <summary>Single markers plus the counts shown on clusters: the events the map currently shows.</summary>
    internal static async Task<int> MarkedEventsAsync(ILocator map)
    {
        var clusters = await map.GetByRole(AriaRole.Button, new() { NameRegex = ClusterName() }).AllTextContentsAsync();
        var markers = await map.GetByRole(AriaRole.Button, new() { NameRegex = MarkerName() }).CountAsync();
        return markers + clusters.Sum(text => int.Parse(Regex.Match(text, @"\d+").Value));
    }

    internal static async Task EventuallyAsync(Func<Task<bool>> condition, string what, int timeoutMs = 15_000)
    {
        var until = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (!await condition())
        {
            if (DateTime.UtcNow > until) Assert.Fail(what);
            await Task.Delay(200);
        }
    }
}
