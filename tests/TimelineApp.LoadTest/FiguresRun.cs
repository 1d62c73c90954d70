using System.Net.Http.Json;
using Microsoft.Playwright;

namespace TimelineApp.LoadTest;

/// <summary>
/// <c>--figures [--circuits N] [--loads N] [--out FILE]</c>: the two figures of docs/mudblazor.md, measured in one run
/// against the app as its own Release process on a fresh seeded database (loopback, real Chromium).
/// <list type="number">
/// <item>Server memory per editor circuit: managed heap after a full GC and working set (<c>/health/memory</c>, on with
/// <c>Operations:ExposeMemory</c>) before and after N signed-in pages hold the event form open.</item>
/// <item>First contentful paint of <c>/</c>, median of N cold loads (a new browser context each), next to the same HTML
/// saved as a static file in the web root and served by the same server, the two loaded alternately.</item>
/// </list>
/// </summary>
internal static class FiguresRun
{
    private const string StaticCopy = "fcp-static-copy.html";

    public static async Task<string> RunAsync(string repoRoot, int circuits, int loads)
    {
        var folder = Directory.CreateTempSubdirectory("timeline-figures-").FullName;
        await using var app = await AppProcess.StartAsync(Path.Combine(folder, "timeline.db"),
            new Dictionary<string, string> { ["Operations__ExposeMemory"] = "true", ["RateLimits__ApiPerMinute"] = "1000000" }, configuration: "Release", echo: true);
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });

        var memory = await CircuitMemoryAsync(app, http, browser, circuits);
        var staticPath = Path.Combine(repoRoot, "wwwroot", StaticCopy); // the app's web root (RepoLayout: the folder of TimelineApp.sln)
        await File.WriteAllTextAsync(staticPath, await http.GetStringAsync("/"));
        try
        {
            var (page, copy) = await FirstPaintsAsync(app.BaseUrl, browser, loads);
            return $"""
                ## Editor circuits and first paint ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, loopback, Release build)
                {memory}
                First contentful paint of `/` in Chromium, median of {loads} cold loads: **{Median(page):F0} ms** (min {page.Min():F0}, max {page.Max():F0});
                the same HTML as a static file from the same server, loaded alternately: **{Median(copy):F0} ms** (min {copy.Min():F0}, max {copy.Max():F0}); ratio {Median(page) / Median(copy):F2}.
                """;
        }
        finally
        {
            File.Delete(staticPath);
            Directory.Delete(folder, true);
        }
    }

    private static async Task<string> CircuitMemoryAsync(AppProcess app, HttpClient http, IBrowser browser, int count)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = app.BaseUrl });
        var signIn = await context.NewPageAsync();
        await signIn.GotoAsync("/account/login");
        await signIn.GetByLabel("Email").FillAsync(AppProcess.AdminEmail);
        await signIn.GetByLabel("Password").FillAsync(AppProcess.AdminPassword);
        await signIn.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await signIn.WaitForURLAsync(u => !u.Contains("/account/login"));
        await signIn.CloseAsync();
        // Warm the form once (first render, JIT, lookups) so the figure is the circuits, not start-up.
        await OpenFormAsync(context);
        var before = await MemoryAsync(http);
        var pages = new List<IPage>();
        for (var i = 0; i < count; i++) pages.Add(await OpenFormAsync(context));
        await Task.Delay(3000);
        var after = await MemoryAsync(http);
        var managedKb = (after.ManagedBytes - before.ManagedBytes) / 1024.0 / count;
        var workingKb = (after.WorkingSetBytes - before.WorkingSetBytes) / 1024.0 / count;
        await context.CloseAsync();
        return $"""
            Server memory per editor circuit ({count} signed-in pages on `/edit/events/new`): **{managedKb:F0} KB** of managed heap after a full GC
            ({before.ManagedBytes / 1048576.0:F1} → {after.ManagedBytes / 1048576.0:F1} MB); working set {workingKb:F0} KB per circuit
            ({before.WorkingSetBytes / 1048576.0:F0} → {after.WorkingSetBytes / 1048576.0:F0} MB).
            """;
    }

    private static async Task<IPage> OpenFormAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        var connected = page.WaitForWebSocketAsync(new() { Predicate = ws => ws.Url.Contains("/_blazor"), Timeout = 60_000 });
        await page.GotoAsync("/edit/events/new");
        await connected;
        await Assertions.Expect(page.GetByLabel("Title", new() { Exact = true })).ToBeEnabledAsync(new() { Timeout = 60_000 });
        return page;
    }

    private static async Task<MemoryReport> MemoryAsync(HttpClient http) => (await http.GetFromJsonAsync<MemoryReport>("/health/memory"))!;

    private static async Task<(List<double> Page, List<double> Copy)> FirstPaintsAsync(string baseUrl, IBrowser browser, int loads)
    {
        var (page, copy) = (new List<double>(), new List<double>());
        for (var i = 0; i < loads; i++)
        {
            page.Add(await FirstPaintAsync(browser, baseUrl + "/"));
            copy.Add(await FirstPaintAsync(browser, baseUrl + "/" + StaticCopy));
        }
        return (page, copy);
    }

    /// <summary>One cold load: a new context has an empty cache.</summary>
    private static async Task<double> FirstPaintAsync(IBrowser browser, string url)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
        return await page.EvaluateAsync<double>("""
            () => new Promise(resolve => {
                const seen = performance.getEntriesByName('first-contentful-paint')[0];
                if (seen) return resolve(seen.startTime);
                new PerformanceObserver(list => resolve(list.getEntriesByName('first-contentful-paint')[0].startTime))
                    .observe({ type: 'paint', buffered: true });
            })
            """);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
