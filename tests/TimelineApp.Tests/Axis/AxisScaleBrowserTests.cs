using System.Diagnostics;
using Microsoft.Playwright;
using TimelineApp.Tests.Infrastructure;
using TimelineApp.Tests.Map;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace TimelineApp.Tests.Axis;

/// <summary>
/// A live app whose database holds 200,000 generated events (AXIS_BENCH_EVENTS=1000000 for the documented 1M run),
/// a tenth of them in 2015, plus the seeds.
/// </summary>
public sealed class LargeAxisFixture : IAsyncLifetime
{
    public const int WindowYear = 2015;
    public static int Total { get; } = int.TryParse(Environment.GetEnvironmentVariable("AXIS_BENCH_EVENTS"), out var n) ? n : 200_000;
    public static int InWindow => Total / 10;
    public BrowserFixture Browser { get; } = new();
    public TimeSpan InsertTime { get; private set; }

    public async Task InitializeAsync()
    {
        await Browser.InitializeAsync();
        await using var db = Browser.Server.CreateDb();
        var watch = Stopwatch.StartNew();
        BulkEventGenerator.Insert(Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetConnectionString(db.Database)!, Total, InWindow, WindowYear);
        InsertTime = watch.Elapsed;
    }

    public Task DisposeAsync() => Browser.DisposeAsync();
}

/// <summary>At 200,000 events (or AXIS_BENCH_EVENTS) dense lanes come as counted clusters that split into marks as the reader zooms in.</summary>
public class AxisScaleBrowserTests(LargeAxisFixture fx, ITestOutputHelper output) : IClassFixture<LargeAxisFixture>
{
    [Fact]
    public async Task Dense_lanes_are_counted_clusters_that_split_into_events_when_zoomed_in()
    {
        output.WriteLine($"bulk insert of {LargeAxisFixture.Total:N0} events: {fx.InsertTime.TotalMilliseconds:N0} ms");
        var page = await fx.Browser.NewPageAsync(1280, 900);
        var watch = Stopwatch.StartNew();
        await page.GotoAsync("/?view=axis");
        await page.WaitForSelectorAsync("[data-axis][data-loaded='true']");
        output.WriteLine($"whole span, first render: {watch.ElapsedMilliseconds} ms");
        var clusters = page.Locator("a.axis-cluster");
        Assert.True(await clusters.CountAsync() > 50, "the whole span is drawn as clusters");
        Assert.True(await page.Locator("a.axis-mark").CountAsync() < 50, "no lane at this zoom is drawn event by event except sparse ones");
        var counted = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('a.axis-cluster')].reduce((n, a) => n + +a.dataset.count, 0)");
        Assert.True(counted > LargeAxisFixture.Total * 3 / 4, $"the clusters count the events ({counted:N0})");
        Assert.True(await page.EvaluateAsync<int>("() => document.querySelectorAll('svg a').length") < 3000, "the browser holds a few thousand marks at most");

        // Zoom into 2015 by the address, then click clusters in view until the airstrike lane splits into events
        // (one click at 200,000 events; more at 1,000,000, where a cluster's days still hold hundreds).
        await page.GotoAsync("/?view=axis&from=2015-01-01&to=2015-12-31");
        await page.WaitForSelectorAsync("[data-axis][data-loaded='true']");
        output.WriteLine($"2015 window: {await page.Locator("a.axis-cluster").CountAsync()} clusters, {await page.Locator("a.axis-mark").CountAsync()} marks");
        var lane = page.Locator(".lane[data-lane='airstrike'] a.axis-cluster");
        await Expect(lane.First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var before = page.Url;
        for (var click = 1; click <= 4 && await lane.CountAsync() > 0; click++)
        {
            before = page.Url;
            await lane.Nth(await page.EvaluateAsync<int>(BusiestClusterInView)).ClickAsync();
            await Expect(page).Not.ToHaveURLAsync(before, new() { Timeout = 30_000 });
            await page.WaitForSelectorAsync("[data-axis][data-loaded='true']:not([aria-busy])", new() { Timeout = 60_000 });
            output.WriteLine($"click {click}: {page.Url}; airstrike clusters {await lane.CountAsync()}, marks {await page.Locator(".lane[data-lane='airstrike'] a.axis-mark").CountAsync()}");
        }
        await Expect(page.Locator(".lane[data-lane='airstrike'] a.axis-mark").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(lane).ToHaveCountAsync(0);
        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(before, new() { Timeout = 30_000 });
        await Expect(lane.First).ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    /// <summary>The index of the airstrike lane's cluster with the highest count among those wholly inside the chart.</summary>
    private const string BusiestClusterInView = """
        () => {
          const chart = document.querySelector('.axis-chart').getBoundingClientRect();
          const all = [...document.querySelectorAll(".lane[data-lane='airstrike'] a.axis-cluster")];
          let best = -1;
          all.forEach((a, i) => {
            const b = a.getBoundingClientRect();
            if (b.left >= chart.left && b.right <= chart.right && b.width > 4 && (best < 0 || +a.dataset.count > +all[best].dataset.count)) best = i;
          });
          return best;
        }
        """;
}
