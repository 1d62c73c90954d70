using System.Diagnostics;
using System.Text.Json;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Caching;

/// <summary>
/// On SQLite, a write made by another process (here the <c>generate</c> verb, as a CSV <c>import</c> would) reaches
/// readers of a running app within a second, although its cached responses would live for a minute.
/// </summary>
public sealed class OtherProcessWritesTests
{
    [Fact]
    public async Task Should_show_events_written_by_another_process_to_readers_within_a_second()
    {
        using var folder = new TempDatabase();
        await using var app = await AppProcess.StartAsync(folder.Path);
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        const string Path = "/api/events?pageSize=1";
        var before = await TotalAsync(http, Path);
        Assert.Equal(before, await TotalAsync(http, Path)); // now cached
        Assert.Contains("24 events", await http.GetStringAsync("/"));

        var (exitCode, output) = await AppProcess.RunVerbAsync(folder.Path, "generate", "40");
        Assert.True(exitCode == 0, output);

        var waited = Stopwatch.StartNew();
        int after;
        while ((after = await TotalAsync(http, Path)) == before && waited.Elapsed < TimeSpan.FromSeconds(5)) await Task.Delay(50);
        Assert.Equal(before + 40, after);
        Assert.True(waited.Elapsed < TimeSpan.FromSeconds(1), $"the API showed the other process's events after {waited.ElapsedMilliseconds} ms");
        Assert.Contains("64 events", await http.GetStringAsync("/"));
    }

    private static async Task<int> TotalAsync(HttpClient http, string path)
    {
        using var json = JsonDocument.Parse(await http.GetStringAsync(path));
        return json.RootElement.GetProperty("total").GetInt32();
    }
}
