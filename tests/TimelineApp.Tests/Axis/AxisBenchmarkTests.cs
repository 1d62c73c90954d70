using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;
using TimelineApp.Tests.Infrastructure;
using TimelineApp.Tests.Map;
using Xunit.Abstractions;

namespace TimelineApp.Tests.Axis;

/// <summary>A live app with AXIS_BENCH_EVENTS generated events (20,000 unless set; 10% in 2015) for the benchmark.</summary>
public sealed class AxisBenchmarkFixture : IAsyncLifetime
{
    public int Total { get; } = int.TryParse(Environment.GetEnvironmentVariable("AXIS_BENCH_EVENTS"), out var n) ? n : 20_000;
    public BrowserFixture Browser { get; } = new();
    public TimeSpan InsertTime { get; private set; }

    public async Task InitializeAsync()
    {
        await Browser.InitializeAsync();
        await using var db = Browser.Server.CreateDb();
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
        output.WriteLine($"{fx.Total:N0} generated events (+24 seeded); bulk insert {fx.InsertTime.TotalSeconds:N1} s");
        var list = await MedianAsync("/", "ul.event-entries li");
        var axis = await MedianAsync("/?view=axis", "[data-axis][data-loaded='true'] svg a");
        var axisWindow = await MedianAsync("/?view=axis&from=2015-03-01&to=2015-03-31", "[data-axis][data-loaded='true'] svg a");
        output.WriteLine($"first render, median of 5: list {list:N0} ms; axis whole span {axis:N0} ms ({axis / list:N2}×); axis March 2015 {axisWindow:N0} ms ({axisWindow / list:N2}×)");

        var page = await fx.Browser.NewPageAsync(1280, 900);
        await page.GotoAsync("/?view=axis&from=2015-01-01&to=2015-12-31");
        await page.WaitForSelectorAsync("[data-axis][data-loaded='true'] svg a");
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
              // Then the gesture settles: the wait (debounce), the answer for the new window and one full redraw.
              const root = document.querySelector('[data-axis]'), t0 = performance.now();
              await step({ deltaY: -120 });
              while (root.hasAttribute('aria-busy')) await new Promise(r => setTimeout(r, 5));
              const settle = performance.now() - t0;
              const stats = a => { const s = [...a].sort((x, y) => x - y); return { median: s[s.length >> 1], p95: s[Math.floor(s.length * .95)], max: s.at(-1) }; };
              return { zoom: stats(zoom), pan: stats(pan), settle, redraw: +root.dataset.renderMs, marks: document.querySelectorAll('.axis-marks a').length };
            }
            """);
        output.WriteLine($"zoom frame ms {frames.GetProperty("zoom")}; pan frame ms {frames.GetProperty("pan")}; {frames.GetProperty("marks")} marks/clusters drawn");
        output.WriteLine($"settled gesture: {frames.GetProperty("settle").GetDouble():N0} ms from the last wheel event to the new answer drawn (full redraw {frames.GetProperty("redraw").GetDouble():N0} ms)");

        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("HeapProfiler.collectGarbage");
        await cdp.SendAsync("Performance.enable");
        var metrics = (await cdp.SendAsync("Performance.getMetrics"))!.Value.GetProperty("metrics").EnumerateArray()
            .ToDictionary(m => m.GetProperty("name").GetString()!, m => m.GetProperty("value").GetDouble());
        output.WriteLine($"renderer: JS heap used {metrics["JSHeapUsedSize"] / 1048576:N1} MB of {metrics["JSHeapTotalSize"] / 1048576:N1} MB; DOM nodes {metrics["Nodes"]:N0}");
        Assert.True(metrics["JSHeapUsedSize"] > 0);
    }
}
