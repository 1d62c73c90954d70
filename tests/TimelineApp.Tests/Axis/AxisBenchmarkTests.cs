using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;
using TimelineApp.Tests.Infrastructure;
using TimelineApp.Tests.Map;
using Xunit.Abstractions;

namespace TimelineApp.Tests.Axis;

/// <summary>
/// A live app with AXIS_BENCH_EVENTS generated events (20,000 unless set; 10% in 2015) for the benchmark, or on the
/// SQLite file AXIS_BENCH_DB (a copy made for the run: the app writes to it) filled beforehand by the generator.
/// </summary>
public sealed class AxisBenchmarkFixture : IAsyncLifetime
{
    private static readonly string? DbFile = Environment.GetEnvironmentVariable("AXIS_BENCH_DB") is { Length: > 0 } f ? f : null;
    public int Total { get; private set; } = int.TryParse(Environment.GetEnvironmentVariable("AXIS_BENCH_EVENTS"), out var n) ? n : 20_000;
    public BrowserFixture Browser { get; } = new() { ServerArgs = DbFile is null ? [] : [$"--ConnectionStrings:Timeline=Data Source={DbFile}"] };
    public TimeSpan InsertTime { get; private set; }

    public async Task InitializeAsync()
    {
        await Browser.InitializeAsync();
        await using var db = Browser.Server.CreateDb();
        if (DbFile is not null)
        {
            Total = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Events);
            return;
        }
        var watch = Stopwatch.StartNew();
        BulkEventGenerator.Insert(Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetConnectionString(db.Database)!, Total, Total / 10, 2015);
        InsertTime = watch.Elapsed;
    }

    public Task DisposeAsync() => Browser.DisposeAsync();
}

/// <summary>
/// Measures (does not time-assert, the machine is shared) the axis against the list view: first render, zoom and pan
/// frame time, renderer memory from Chromium's performance metrics. The figures go to the test output and docs/axis.md.
/// </summary>
[Trait("Category", "Performance")]
public class AxisBenchmarkTests(AxisBenchmarkFixture fx, ITestOutputHelper output) : IClassFixture<AxisBenchmarkFixture>
{
    private async Task<double> FirstRenderAsync(string path, string ready)
    {
        var page = await fx.Browser.NewPageAsync(1280, 900);
        var watch = Stopwatch.StartNew();
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync(ready);
        var ms = watch.Elapsed.TotalMilliseconds;
        await page.Context.CloseAsync();
        return ms;
    }

    private async Task<double> MedianAsync(string path, string ready)
    {
        await FirstRenderAsync(path, ready); // warm up
        var runs = new List<double>();
        for (var i = 0; i < 5; i++) runs.Add(await FirstRenderAsync(path, ready));
        return runs.Order().ElementAt(runs.Count / 2);
    }

    [Fact]
    public async Task Axis_first_render_frame_time_and_memory_next_to_the_list_view()
    {
        output.WriteLine($"{fx.Total:N0} events; bulk insert {fx.InsertTime.TotalSeconds:N1} s (0 when AXIS_BENCH_DB names a filled file)");
        var list = await MedianAsync("/", "ul.event-entries li");
        var axis = await MedianAsync("/?view=axis", "[data-axis][data-loaded='true'] svg a");
        var axisWindow = await MedianAsync("/?view=axis&from=2015-03-01&to=2015-03-31", "[data-axis][data-loaded='true'] svg a");
        output.WriteLine($"first render, median of 5: list {list:N0} ms; axis whole span {axis:N0} ms ({axis / list:N2}×); axis March 2015 {axisWindow:N0} ms ({axisWindow / list:N2}×)");

        // AXIS_BENCH_COMPARE_JS names an earlier axis.js: its frames are measured in the same run, alternating with
        // today's (before, now, before, now), so both meet the same machine load.
        var earlier = Environment.GetEnvironmentVariable("AXIS_BENCH_COMPARE_JS") is { Length: > 0 } path ? await File.ReadAllTextAsync(path) : null;
        IPage page = null!;
        foreach (var (label, js) in earlier is null ? [("now", null)] : new[] { ("before", earlier), ("now", (string?)null), ("before", earlier), ("now", null) })
        {
            page = await FramesAsync(label, js);
        }

        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("HeapProfiler.collectGarbage");
        await cdp.SendAsync("Performance.enable");
        var metrics = (await cdp.SendAsync("Performance.getMetrics"))!.Value.GetProperty("metrics").EnumerateArray()
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("value").GetDouble());
        output.WriteLine($"renderer: JS heap used {metrics["JSHeapUsedSize"] / 1048576:N1} MB of {metrics["JSHeapTotalSize"] / 1048576:N1} MB; DOM nodes {metrics["Nodes"]:N0}");
        Assert.True(metrics["JSHeapUsedSize"] > 0);
    }

    /// <summary>Zoom and pan frames on the 2015 window, then one settled zoom and one settled pan (each: the last wheel
    /// event until the new answer is drawn, and that redraw's own time). With <paramref name="js"/>, that axis.js is served instead.</summary>
    private async Task<IPage> FramesAsync(string label, string? js)
    {
        var page = await fx.Browser.NewPageAsync(1280, 900);
        if (js is not null) await page.RouteAsync("**/js/axis.js", route => route.FulfillAsync(new() { Body = js, ContentType = "text/javascript" }));
        await page.GotoAsync("/?view=axis&from=2015-01-01&to=2015-12-31");
        await page.WaitForSelectorAsync("[data-axis][data-loaded='true']:not([aria-busy]) svg a");
        // Each step: one wheel event, then until the frame it caused has been drawn (script, style, layout, paint).
        var frames = await page.EvaluateAsync<JsonElement>("""
            async () => {
              const chart = document.querySelector('.axis-chart'), box = chart.getBoundingClientRect();
              const step = (init) => new Promise(done => {
                const t0 = performance.now();
                chart.dispatchEvent(new WheelEvent('wheel', { bubbles: true, cancelable: true, clientX: box.left + box.width / 2, clientY: box.top + 60, ...init }));
                requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));
              });
              const zoom = [], pan = [];
              for (let i = 0; i < 40; i++) zoom.push(await step({ deltaY: i < 20 ? -120 : 120 }));
              for (let i = 0; i < 40; i++) pan.push(await step({ deltaX: i < 20 ? 60 : -60 }));
              // Then a gesture settles: the wait (debounce), the answer for the new window and one redraw.
              const root = document.querySelector('[data-axis]');
              const settled = async (init) => {
                while (root.hasAttribute('aria-busy')) await new Promise(r => setTimeout(r, 5));
                const t0 = performance.now();
                await step(init);
                while (root.hasAttribute('aria-busy')) await new Promise(r => setTimeout(r, 5));
                return { ms: Math.round(performance.now() - t0), redraw: +root.dataset.renderMs };
              };
              const settleZoom = await settled({ deltaY: -120 }), settlePan = await settled({ deltaX: 120 });
              const stats = a => { const s = [...a].sort((x, y) => x - y); return { median: s[s.length >> 1], p95: s[Math.floor(s.length * .95)], max: s.at(-1) }; };
              return { zoom: stats(zoom), pan: stats(pan), settleZoom, settlePan, marks: document.querySelectorAll('.axis-marks a').length };
            }
            """);
        output.WriteLine($"[{label}] zoom frame ms {frames.GetProperty("zoom")}; pan frame ms {frames.GetProperty("pan")}; {frames.GetProperty("marks")} marks/clusters drawn");
        output.WriteLine($"[{label}] settled zoom {frames.GetProperty("settleZoom")}; settled pan {frames.GetProperty("settlePan")} (ms from the last wheel event to the new answer drawn; redraw: that drawing's own ms)");
        return page;
    }
}
