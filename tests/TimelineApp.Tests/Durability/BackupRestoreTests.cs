using Microsoft.Data.Sqlite;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Durability;

/// <summary>
/// The README's procedure, step by step, on real processes: `backup PATH` while the app serves and writes; later
/// the app dies; restore = copy the backup over the database file and delete its -wal/-shm; start again.
/// </summary>
public class BackupRestoreTests
{
    [Fact]
    public async Task The_documented_restore_brings_back_exactly_what_the_online_backup_held()
    {
        using var folder = new TempDatabase();
        var backup = Path.Combine(folder.Folder, "backups", "timeline-backup.db");
        int before, after;
        await using (var app = await AppProcess.StartAsync(folder.Path))
        {
            using var script = await EditorScript.SignInAsync(app);
            before = await script.CreateDraftAsync("Written before the backup");
            var (exitCode, output) = await AppProcess.RunVerbAsync(folder.Path, "backup", backup);
            Assert.True(exitCode == 0, output);
            Assert.Contains("Backup written to", output);
            after = await script.CreateDraftAsync("Written after the backup");
            await app.KillAsync();
        }
        Assert.True(File.Exists(folder.Path + "-wal"), "the killed app left its write-ahead log, which the restore must remove");

        SqliteConnection.ClearAllPools();
        File.Copy(backup, folder.Path, overwrite: true);
        File.Delete(folder.Path + "-wal");
        File.Delete(folder.Path + "-shm");

        await using (var restored = await AppProcess.StartAsync(folder.Path))
        {
            using var http = new HttpClient { BaseAddress = new Uri(restored.BaseUrl) };
            Assert.Contains("\"database\":\"Healthy\"", await http.GetStringAsync("/health"));
            Assert.Contains("egyptian-airstrikes-on-derna", await http.GetStringAsync("/api/events?q=derna"));
        }
        using var db = new SqliteConnection($"Data Source={folder.Path};Mode=ReadOnly;Pooling=False");
        db.Open();
        Assert.Equal("ok", db.Scalar("PRAGMA integrity_check;"));
        Assert.Equal(1L, db.Scalar($"SELECT COUNT(*) FROM Events WHERE Id = {before};"));
        Assert.Equal(1L, db.Scalar($"SELECT COUNT(*) FROM Revisions WHERE EventId = {before};"));
        Assert.Equal(0L, db.Scalar($"SELECT COUNT(*) FROM Events WHERE Id = {after};"));
    }
}
