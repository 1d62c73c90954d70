using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace TimelineApp.Data;

/// <summary>
/// Several instances started together on one PostgreSQL database take turns to migrate and import the seeds: without
/// this, two of them applied the same migration at once and one crashed ("relation already exists"). A session-level
/// advisory lock, held on a connection kept open until it is released (a pooled connection going back to the pool
/// would keep the lock and block every later instance). SQLite needs none: its file lock already serialises writers.
/// </summary>
public sealed class StartupLock : IAsyncDisposable
{
    private readonly DbContext? _db;

    private StartupLock(DbContext? db) => _db = db;

    public static async Task<StartupLock> TakeAsync(TimelineDb db)
    {
        if (!db.IsPostgres()) return new StartupLock(null);
        await CreateDatabaseIfMissingAsync(db);
        await db.Database.OpenConnectionAsync();
        // Any fixed number, the same in every instance of this app.
        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(7262010011)");
        return new StartupLock(db);
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is null) return;
        await _db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock(7262010011)");
        await _db.Database.CloseConnectionAsync();
    }

    /// <summary>The lock needs a connection to the database, so the database is made first; two instances may race to.</summary>
    private static async Task CreateDatabaseIfMissingAsync(TimelineDb db)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync()) return;
        try
        {
            await creator.CreateAsync();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another instance made it a moment ago.
        }
    }
}
