using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;

namespace TimelineApp.Operations;

/// <summary>
/// On SQLite: notices commits made by another process on the same file (the <c>import</c> or <c>generate</c> verb)
/// and raises a reader change, so cached reader responses follow within about <see cref="Interval"/> instead of at
/// their expiry. It holds one connection and polls <c>PRAGMA data_version</c>, which changes when any other connection
/// commits (cheap: no table is read). Writes of this process also move it; they have already evicted, so the second
/// eviction costs one extra cache miss.
/// </summary>
internal sealed class SqliteChangeWatcher(TimelineDatabase database, ReaderChanges changes, ILogger<SqliteChangeWatcher> log) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.Provider != DatabaseProvider.Sqlite) return;
        string connectionString;
        await using (var db = database.CreateDbContext())
            connectionString = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()) { Pooling = false }.ToString();
        try
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(stoppingToken);
            await using var poll = connection.CreateCommand();
            poll.CommandText = "PRAGMA data_version";
            var seen = await poll.ExecuteScalarAsync(stoppingToken);
            using var timer = new PeriodicTimer(Interval);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                var now = await poll.ExecuteScalarAsync(stoppingToken);
                if (Equals(now, seen)) continue;
                seen = now;
                changes.Raise(new ReaderChange("external"));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
        catch (SqliteException ex)
        {
            log.LogWarning(ex, "Watching the SQLite file for other processes' writes stopped; their changes show when cached pages expire.");
        }
    }
}
