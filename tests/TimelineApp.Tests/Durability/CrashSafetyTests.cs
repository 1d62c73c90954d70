using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using TimelineApp.Tests.Infrastructure;
using Xunit.Abstractions;

namespace TimelineApp.Tests.Durability;

/// <summary>
/// The server is killed (SIGKILL) in the middle of a stream of acknowledged writes. Afterwards the database file
/// passes SQLite's integrity check, holds every write that was answered 201, and the app starts on it again.
/// </summary>
public class CrashSafetyTests(ITestOutputHelper output)
{
    private const int Writers = 4;
    private const int KillAfterAcknowledged = 40;

    [Fact]
    public async Task Every_acknowledged_write_survives_a_kill_9_in_the_middle_of_writing()
    {
        using var folder = new TempDatabase();
        var acknowledged = new ConcurrentDictionary<int, string>();
        var attempted = 0;
        await using (var app = await AppProcess.StartAsync(folder.Path))
        {
            using var script = await EditorScript.SignInAsync(app);
            var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
            {
                for (var i = 0; ; i++)
                {
                    var title = $"Crash test write {w}-{i}";
                    Interlocked.Increment(ref attempted);
                    try
                    {
                        acknowledged[await script.CreateDraftAsync(title)] = title;
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
                    {
                        return; // the server is gone: this write was never acknowledged
                    }
                }
            })).ToList();

            while (acknowledged.Count < KillAfterAcknowledged && writers.All(w => !w.IsCompleted)) await Task.Delay(10);
            if (writers.FirstOrDefault(w => w.IsCompleted) is { } stopped) Assert.Fail($"a writer stopped before the kill: {stopped.Exception}\n{app.Log}");
            await app.KillAsync();
            await Task.WhenAll(writers);
        }
        output.WriteLine($"{attempted} writes attempted, {acknowledged.Count} acknowledged before the kill.");
        Assert.True(attempted > acknowledged.Count, "the kill came while writes were in flight");

        using (var db = new SqliteConnection($"Data Source={folder.Path}"))
        {
            db.Open();
            Assert.Equal("ok", db.Scalar("PRAGMA integrity_check;"));
            var stored = new Dictionary<int, string>();
            using var command = db.CreateCommand();
            command.CommandText = "SELECT Id, Title FROM Events WHERE Title LIKE 'Crash test write %';";
            using (var reader = command.ExecuteReader()) while (reader.Read()) stored[reader.GetInt32(0)] = reader.GetString(1);
            var lost = acknowledged.Where(a => !stored.TryGetValue(a.Key, out var title) || title != a.Value).ToList();
            Assert.True(lost.Count == 0, $"acknowledged but missing after the crash: {string.Join(", ", lost.Select(l => l.Value))}");
            Assert.Equal(stored.Count, Convert.ToInt32(db.Scalar("SELECT COUNT(*) FROM Revisions r JOIN Events e ON e.Id = r.EventId WHERE e.Title LIKE 'Crash test write %';")));
        }
        SqliteConnection.ClearAllPools();

        await using var restarted = await AppProcess.StartAsync(folder.Path);
        using var http = new HttpClient { BaseAddress = new Uri(restarted.BaseUrl) };
        Assert.Contains("\"database\":\"Healthy\"", await http.GetStringAsync("/health"));
    }
}
