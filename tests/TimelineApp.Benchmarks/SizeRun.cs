using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Data;
using TimelineApp.Events;
using TimelineApp.Search;

namespace TimelineApp.Benchmarks;

/// <summary>Starts the real app on one generated database and measures each read against its raw floor.</summary>
internal sealed class SizeRun(BenchOptions o, int size, string dbPath)
{
    // A month and a year in the middle of the generated 20 years, and a place name to search for.
    private static readonly LocalDate MonthFrom = new(2016, 3, 1), MonthTo = new(2016, 3, 31);
    private static readonly LocalDate YearFrom = new(2016, 1, 1), YearTo = new(2016, 12, 31);
    private const string SearchText = "Aleppo";
    private const int PageSize = 50;

    public List<Row> Rows { get; } = [];
    public List<string> Plans { get; } = [];

    public async Task<MemoryRow> RunAsync(double? generatedSeconds)
    {
        var startClock = Stopwatch.StartNew();
        await using var app = AppHost.Build(["--urls=http://127.0.0.1:0", $"--ConnectionStrings:Timeline=Data Source={dbPath}",
            "--environment=Production", "--Logging:LogLevel:Default=Warning"]);
        await app.StartAsync();
        var startMs = startClock.Elapsed.TotalMilliseconds;
        var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var first = Stopwatch.StartNew();
        var body = await GetAsync(http, "/");
        var firstMs = first.Elapsed.TotalMilliseconds;
        Console.WriteLine($"  first GET / after start: {firstMs:F0} ms, {body.Length:N0} chars");
        var appQ = new AppQueries(app.Services);
        var raw = new RawQueries($"Data Source={dbPath};Pooling=True");

        var month = new EventFilter { From = MonthFrom, To = MonthTo };
        var search = new EventFilter { Text = SearchText };
        var pairs = new List<Pair>
        {
            new("Timeline window, one month (page 1 of 50 + total)", () => appQ.PageAsync(month, PageSize), () => raw.WindowPageAsync(MonthFrom, MonthTo, PageSize)),
            new($"Search \"{SearchText}\" (page 1 of 50 + total)", () => appQ.PageAsync(search, PageSize),
                () => raw.SearchPageAsync(EventSearchIndex.ToMatchExpression(SearchText)!, PageSize)),
            new("Map markers, one year (id, lat, lng, type)", async () => { var ids = await appQ.MapAsync(YearFrom, YearTo); return (ids.Count, ids); },
                async () => { var ids = await raw.MapAsync(YearFrom, YearTo); return (ids.Count, ids); }),
            new("API /api/events?from=2016-03&to=2016-03 (HTTP)", async () => { await GetAsync(http, "/api/events?from=2016-03&to=2016-03"); return (0, []); }, null),
            new("GET / (prerendered HTML)", async () => { await GetAsync(http, "/"); return (0, []); }, null),
        };
        // Warm every operation up before timing any, so none is timed while the JIT is still tiering the others.
        for (var i = 0; i < o.Warmup; i++)
        {
            foreach (var p in pairs)
            {
                await p.App();
                if (p.Raw is not null) await p.Raw();
            }
        }
        foreach (var p in pairs) await MeasureAsync(p);

        if (o.Explain) ExplainAll(app.Services, dbPath);
        for (var i = 0; i < 25; i++) { await GetAsync(http, "/"); await GetAsync(http, "/api/events?q=Aleppo"); }
        var memory = ReadMemory(size, dbPath, generatedSeconds) with { FirstRenderMs = firstMs, StartMs = startMs };
        await app.StopAsync();
        return memory;
    }

    private sealed record Pair(string Name, Func<Task<(int Total, List<long> Ids)>> App, Func<Task<(int Total, List<long> Ids)>>? Raw);

    private async Task MeasureAsync(Pair pair)
    {
        var (name, app, raw) = (pair.Name, pair.App, pair.Raw);
        var appResult = await app();
        var rawResult = raw is null ? appResult : await raw();
        var same = appResult.Total == rawResult.Total && appResult.Ids.SequenceEqual(rawResult.Ids);
        var (appTime, rawTime) = await Measure.PairAsync(app, raw, 2, o.Runs);
        var row = new Row(size, name, appTime, rawTime, appResult.Total, same);
        Rows.Add(row);
        Console.WriteLine($"  {name}: app {appTime.MedianMs:F2} ms, raw {(rawTime is { } r ? r.MedianMs.ToString("F2") : "–")} ms, {row.Rows:N0} rows{(same ? "" : "  ROWS DIFFER")}");
    }

    private static async Task<string> GetAsync(HttpClient http, string url)
    {
        using var response = await http.GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    private void ExplainAll(IServiceProvider services, string dbPath)
    {
        var cs = $"Data Source={dbPath}";
        using var db = services.GetRequiredService<IDbContextFactory<TimelineDb>>().CreateDbContext();
        var month = EventQuery.Filtered(db, new EventFilter { From = MonthFrom, To = MonthTo });
        var search = EventQuery.Filtered(db, new EventFilter { Text = SearchText });
        Plans.Add("window count: " + QueryPlans.Explain(cs, month.Select(e => e.Id)));
        Plans.Add("window page: " + QueryPlans.Explain(cs, EventQuery.Ordered(month, SortOrder.Oldest).Take(PageSize)));
        Plans.Add("search page: " + QueryPlans.Explain(cs, EventQuery.Ordered(search, SortOrder.Oldest).Take(PageSize)));
        Plans.Add("map year: " + QueryPlans.Explain(cs, AppQueries.MapQuery(db, YearFrom, YearTo)));
        Plans.Add("home page: " + QueryPlans.Explain(cs, EventQuery.Ordered(EventQuery.Filtered(db, EventFilter.None), SortOrder.Oldest).Take(PageSize)));
        foreach (var p in Plans) Console.WriteLine("  plan " + p);
    }

    private static MemoryRow ReadMemory(int size, string dbPath, double? generatedSeconds)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var dbMb = new FileInfo(dbPath).Length / 1048576.0;
        return new MemoryRow(size, process.WorkingSet64 / 1048576.0, GC.GetGCMemoryInfo().HeapSizeBytes / 1048576.0, dbMb, generatedSeconds, 0, 0);
    }
}
