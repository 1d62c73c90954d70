using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Data;
using TimelineApp.Generator;

namespace TimelineApp.Benchmarks;

/// <summary>One generated database per size, cached under artifacts/benchmarks/ (git-ignored) and reused.</summary>
internal static class BenchDatabase
{
    public static string Folder => Path.Combine(RepoLayout.FindContentRoot(), "artifacts", "benchmarks");

    public static async Task<(string Path, double? GeneratedSeconds)> EnsureAsync(int size, int seed)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"events-{size}-seed{seed}-v{EventGenerator.Version}.db");
        var done = path + ".ok";
        if (File.Exists(path) && File.Exists(done)) return (path, double.TryParse(File.ReadAllText(done), System.Globalization.CultureInfo.InvariantCulture, out var s) ? s : null);
        foreach (var f in new[] { path, path + "-wal", path + "-shm", done }) File.Delete(f);

        Console.WriteLine($"Generating {size:N0} events into {path}");
        await using var app = AppHost.Build([$"--ConnectionStrings:Timeline=Data Source={path}", "--Logging:LogLevel:Default=Warning"]);
        await app.Services.PrepareDatabaseAsync();
        var sw = Stopwatch.StartNew();
        await EventGenerator.GenerateAsync(app.Services.GetRequiredService<IDbContextFactory<TimelineDb>>(), size, seed, SystemClock.Instance, Console.Out);
        var seconds = sw.Elapsed.TotalSeconds;
        SqliteConnection.ClearAllPools();
        await File.WriteAllTextAsync(done, seconds.ToString("F1", System.Globalization.CultureInfo.InvariantCulture));
        return (path, seconds);
    }
}
