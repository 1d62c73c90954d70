using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;

namespace TimelineApp.Operations;

/// <summary>
/// Online backup with VACUUM INTO: a consistent copy while the app keeps serving and writing. SQLite only;
/// on PostgreSQL it refuses with the pg_dump command to use instead.
/// </summary>
public static class DatabaseBackup
{
    public static async Task<string> BackupAsync(IDbContextFactory<TimelineDb> factory, string path, CancellationToken ct = default)
    {
        await using (var probe = await factory.CreateDbContextAsync(ct))
        {
            if (probe.IsPostgres()) throw PostgresBackup.NotHere(probe.Database.GetConnectionString()!);
        }
        var full = Path.GetFullPath(path);
        if (File.Exists(full)) throw new IOException($"'{full}' already exists; choose a new file name (backups never overwrite).");
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await using var db = await factory.CreateDbContextAsync(ct);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $path;";
        command.Parameters.AddWithValue("$path", full);
        await command.ExecuteNonQueryAsync(ct);
        return full;
    }

    /// <summary><c>-- backup PATH</c></summary>
    public static async Task<int> RunVerbAsync(WebApplication app, string[] args)
    {
        if (args.Length != 1)
        {
            await Console.Error.WriteLineAsync("Usage: backup PATH   (e.g. backup backups/timeline-2026-11-22.db)");
            return 2;
        }
        try
        {
            var written = await BackupAsync(app.Services.GetRequiredService<IDbContextFactory<TimelineDb>>(), args[0]);
            Console.WriteLine($"Backup written to {written} ({new FileInfo(written).Length:N0} bytes).");
            return 0;
        }
        catch (Exception ex) when (ex is IOException or SqliteException or UnauthorizedAccessException or NotSupportedException)
        {
            await Console.Error.WriteLineAsync($"Backup failed: {ex.Message}");
            return 1;
        }
    }
}
