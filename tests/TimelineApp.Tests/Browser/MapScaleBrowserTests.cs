using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TimelineApp.Tests.Infrastructure;
using TimelineApp.Tests.Map;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TimelineApp.Tests.Browser;

/// <summary>A live app whose database holds 100,000 generated events, 10,000 of them in 2015.</summary>
public sealed class LargeMapFixture : IAsyncLifetime
{
    public const int Total = 100_000, InWindow = 10_000, WindowYear = 2015;
    public BrowserFixture Browser { get; } = new();
    public TimeSpan InsertTime { get; private set; }

    public async Task InitializeAsync()
    {
        await Browser.InitializeAsync();
        await using var db = Browser.Server.CreateDb();
        var watch = Stopwatch.StartNew();
        // The seeded events stay too; the window holds them on top (none is dated 2015 outside Feb).
        BulkEventGenerator.Insert(db.Database.GetConnectionString()!, Total, InWindow, WindowYear);
        InsertTime = watch.Elapsed;
    }

    public Task DisposeAsync() => Browser.DisposeAsync();
}

/// <summary>Measures (does not time-assert) the map at scale; the figures are written to the test output.</summary>
[Trait("Category", "Performance")]
public class MapScaleBrowserTests(LargeMapFixture fx, ITestOutputHelper output) : IClassFixture<LargeMapFixture>
{
    private const string Window = "/map?from=2015-01-01&to=2015-12-31";

    [Fact]
    public async Task Map_of_a_10000_event_window_in_100000_events_renders_clustered_and_records_its_timings()
    {
        await using var db = fx.Browser.Server.CreateDb();
        var expected = await db.Events.CountAsync(e => e.PlaceId != null && e.LastDate >= new NodaTime.LocalDate(2015, 1, 1) && e.StartDate <= new NodaTime.LocalDate(2015, 12, 31));
        output.WriteLine($"database: {await db.Events.CountAsync():N0} events, {expected:N0} in the window; bulk insert took {fx.InsertTime.TotalMilliseconds:N0} ms");

        using var http = new HttpClient { BaseAddress = new Uri(fx.Browser.Server.BaseUrl) };
        await http.GetStringAsync("/api/map/features?from=2015-01-01&to=2015-01-02"); // warm up
        var watch = Stopwatch.StartNew();
        var body = await http.GetStringAsync("/api/map/features?from=2015-01-01&to=2015-12-31");
        output.WriteLine($"GET /api/map/features (window): {watch.ElapsedMilliseconds} ms, {body.Length / 1024.0:N0} KiB");

        var page = await fx.Browser.NewPageAsync();
        await page.AddInitScriptAsync("""
            window.__longTasks = [];
            new PerformanceObserver(l => window.__longTasks.push(...l.getEntries().map(e => ({ start: e.startTime, duration: e.duration }))))
              .observe({ type: 'longtask', buffered: true });
            """);
        await page.GotoAsync(Window);
        var map = await MapBrowserTests.ReadyMapAsync(page);
        await Expect(map.GetByText($"{expected:N0} events on the map")).ToBeVisibleAsync();
        await MapBrowserTests.EventuallyAsync(async () => await MapBrowserTests.MarkedEventsAsync(map) == expected, $"clusters should add up to {expected}", 60_000);
        var render = await MeasureAsync(page, "eventmap:render");
        output.WriteLine($"map render (features request → clustered markers drawn): {render[0].Duration:N0} ms; ready {render[0].End:N0} ms after navigation start");
        output.WriteLine($"longest main-thread task during load: {await LongestTaskAsync(page, 0):N0} ms");

        var since = await page.EvaluateAsync<double>("performance.now()");
        await map.GetByRole(AriaRole.Button, new() { Name = "Zoom in" }).ClickAsync();
        await WaitForMovesAsync(page, 1);
        await map.GetByRole(AriaRole.Button, new() { Name = "Zoom in" }).ClickAsync();
        await WaitForMovesAsync(page, 2);
        await map.GetByRole(AriaRole.Button, new() { Name = "Zoom out" }).ClickAsync();
        await WaitForMovesAsync(page, 3);
        // Pans with the keyboard (the focused map moves by Leaflet's keyboard step, animated).
        await page.GetByRole(AriaRole.Region, new() { Name = "Event map" }).Locator(".leaflet-container").FocusAsync();
        foreach (var (key, i) in new[] { "ArrowRight", "ArrowDown", "ArrowLeft" }.Select((k, i) => (k, i)))
        {
            await page.Keyboard.PressAsync(key);
            await WaitForMovesAsync(page, 4 + i);
        }
        var moves = await MeasureAsync(page, "eventmap:move");
        output.WriteLine("zoom in, zoom in, zoom out, pan ×3 (movestart → next frame after moveend, includes Leaflet's zoom animation): "
            + string.Join(", ", moves.Select(m => $"{m.Duration:N0} ms")));
        output.WriteLine($"longest main-thread task during pan/zoom: {await LongestTaskAsync(page, since):N0} ms");
    }

    private sealed record Measure(double Duration, double End);

    private static async Task<List<Measure>> MeasureAsync(IPage page, string name)
    {
        var json = await page.EvaluateAsync<JsonElement>($"performance.getEntriesByName('{name}', 'measure').map(m => [m.duration, m.startTime + m.duration])");
        return json.EnumerateArray().Select(m => new Measure(m[0].GetDouble(), m[1].GetDouble())).ToList();
    }

    private static Task WaitForMovesAsync(IPage page, int count) =>
        page.WaitForFunctionAsync($"() => performance.getEntriesByName('eventmap:move', 'measure').length >= {count}", null, new() { Timeout = 30_000 });

    private static Task<double> LongestTaskAsync(IPage page, double since) =>
        page.EvaluateAsync<double>($"Math.max(0, ...window.__longTasks.filter(t => t.start >= {since}).map(t => t.duration))");
}
