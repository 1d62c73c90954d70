using System.Net.Http.Json;
using System.Diagnostics;
using Microsoft.Playwright;
using TimelineApp.LoadTest;

// Loopback-only load test, bounded in time and count. See README "Performance".
var repoRoot = AppProcess.RepoRoot();
if (args.Contains("--wrk"))
{
    string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
    return await WrkRun.RunAsync(repoRoot, int.TryParse(Arg("--events"), out var n) ? n : 20_000,
        int.TryParse(Arg("--seconds"), out var s) ? s : 10, Arg("--out"));
}
if (args.Contains("--figures"))
{
    string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
    var figures = await FiguresRun.RunAsync(repoRoot, int.TryParse(Arg("--circuits"), out var c) ? Math.Clamp(c, 1, 100) : 20,
        int.TryParse(Arg("--loads"), out var l) ? Math.Clamp(l, 3, 101) : 11);
    Console.WriteLine(figures);
    if (Arg("--out") is { } file) await File.WriteAllTextAsync(file, figures);
    return 0;
}
var options = LoadOptions.Parse(args);
var dbFolder = Directory.CreateTempSubdirectory("timeline-load-").FullName;
var dbPath = Path.Combine(dbFolder, "timeline.db");
if (options.Database is { } source) File.Copy(source, dbPath);

await using var app = await AppProcess.StartAsync(dbPath, new Dictionary<string, string>
{
    ["RateLimits__ApiPerMinute"] = "1000000", // the load generator is one client address
    ["Operations__ExposeMemory"] = "true",     // /health/memory: managed heap after a full GC
}, configuration: "Release", echo: true);
Console.WriteLine($"App pid {app.Pid} at {app.BaseUrl}; resident {app.ResidentMb():F0} MB");

string[] paths = ["/", "/api/events", "/api/events?from=2015-02&to=2015-02", "/api/events?q=Derna", "/api/map/features", "/export/events.geojson", "/export/events.csv"];
using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Readers }) { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
foreach (var p in paths) Console.WriteLine($"warm-up {p}: {(int)(await http.GetAsync(p)).StatusCode}");

// Interactive circuits: real browsers on the timeline page, each holding its SignalR connection.
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
var before = app.ResidentMb();
var managedBefore = await ManagedMbAsync(http);
var circuits = new List<IPage>();
for (var i = 0; i < options.Circuits; i++)
{
    var page = await browser.NewPageAsync();
    var connected = page.WaitForWebSocketAsync(new() { Predicate = ws => ws.Url.Contains("/_blazor"), Timeout = 30_000 });
    await page.GotoAsync(app.BaseUrl + options.CircuitPath);
    await connected;
    circuits.Add(page);
}
await Task.Delay(3000);
var withCircuits = app.ResidentMb();
var managedWith = await ManagedMbAsync(http);
var perCircuitKb = (managedWith - managedBefore) * 1024 / Math.Max(1, circuits.Count);
Console.WriteLine($"{circuits.Count} circuits open: managed heap after full GC {managedBefore:F1} → {managedWith:F1} MB = {perCircuitKb:F0} KB per circuit; resident {before:F0} → {withCircuits:F0} MB");

var latencies = new Latencies();
var stop = Stopwatch.StartNew();
var deadline = TimeSpan.FromSeconds(options.Seconds);
var readers = Enumerable.Range(0, options.Readers).Select(async r =>
{
    for (var i = r; stop.Elapsed < deadline; i++)
    {
        var path = paths[i % paths.Length];
        var t = Stopwatch.GetTimestamp();
        bool ok;
        try
        {
            using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead);
            ok = response.IsSuccessStatusCode;
        }
        catch (Exception) { ok = false; }
        latencies.Record(path.Split('?')[0] + (path.Contains('?') ? "?…" : ""), Stopwatch.GetElapsedTime(t).TotalMilliseconds, ok);
    }
}).ToList();
await Task.WhenAll(readers);
var seconds = stop.Elapsed.TotalSeconds;
var alive = 0;
foreach (var page in circuits) alive += await page.EvaluateAsync<bool>("() => !document.querySelector('#components-reconnect-modal.components-reconnect-show, #components-reconnect-modal.components-reconnect-failed')") ? 1 : 0;

var report = $"""
    ## Load test ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, loopback)
    {options.Readers} concurrent readers for {seconds:F0} s, {options.Circuits} interactive circuits held open ({alive} still connected at the end).
    Server memory per interactive circuit (timeline page): {perCircuitKb:F0} KB of managed heap after a full GC ({managedBefore:F1} → {managedWith:F1} MB for {circuits.Count} circuits).
    Server resident memory: {before:F0} MB before circuits, {withCircuits:F0} MB with them, {app.ResidentMb():F0} MB after the load.

    {latencies.ToMarkdown(seconds)}

    Errors: {latencies.TotalErrors}.
    """;
Console.WriteLine(report);
if (options.Output is { } output) await File.WriteAllTextAsync(output, report);
Directory.Delete(dbFolder, true);
return latencies.TotalErrors == 0 ? 0 : 1;

static async Task<double> ManagedMbAsync(HttpClient http) =>
    (await http.GetFromJsonAsync<MemoryReport>("/health/memory"))!.ManagedBytes / 1024.0 / 1024.0;

internal sealed record MemoryReport(long ManagedBytes, long WorkingSetBytes);

internal sealed record LoadOptions(int Readers, int Circuits, int Seconds, string? Database, string? Output, string CircuitPath)
{
    public static LoadOptions Parse(string[] args)
    {
        string? Get(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        int Int(string name, int fallback, int max) => int.TryParse(Get(name), out var v) && v > 0 ? Math.Min(v, max) : fallback;
        return new LoadOptions(Int("--readers", 200, 1000), Int("--circuits", 50, 200), Int("--seconds", 60, 600), Get("--db"), Get("--out"), Get("--circuit-path") ?? "/");
    }
}
