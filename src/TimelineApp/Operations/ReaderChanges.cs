using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;

namespace TimelineApp.Operations;

/// <summary>What changed for readers: "published", "archived", "approved", "imported"…, and the event when there is one.</summary>
public sealed record ReaderChange(string Kind, int? EventId = null);

/// <summary>
/// The one signal that something readers can see has changed (subscribe to <see cref="Changed"/>, e.g. to evict cached
/// reader responses). Raised at once on the instance that made the change; on PostgreSQL also sent with NOTIFY so that
/// <see cref="PostgresChangeListener"/> raises it on every other instance. On SQLite there is one instance: local only.
/// </summary>
public sealed class ReaderChanges(IDbContextFactory<TimelineDb> dbFactory, ILogger<ReaderChanges> log)
{
    public const string Channel = "timeline_reader_changes";

    /// <summary>Identifies this process in notifications, so it does not raise its own change twice.</summary>
    public string InstanceId { get; } = Guid.NewGuid().ToString("N");

    /// <summary>Raised on every instance, on a background thread; handlers must be quick and must not throw.</summary>
    public event Action<ReaderChange>? Changed;

    public async Task PublishAsync(ReaderChange change, CancellationToken ct = default)
    {
        Raise(change);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!db.IsPostgres()) return;
        var payload = JsonSerializer.Serialize(new Notice(InstanceId, change.Kind, change.EventId));
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {payload})", ct);
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or InvalidOperationException)
        {
            // The change itself is committed; other instances catch up when their listener reconnects.
            log.LogWarning(ex, "Could not notify other instances of {Change}.", change);
        }
    }

    /// <summary>A notification from the database: raised unless this instance sent it.</summary>
    internal void Received(string payload)
    {
        Notice? notice;
        try { notice = JsonSerializer.Deserialize<Notice>(payload); }
        catch (JsonException) { notice = null; }
        if (notice is null || notice.Origin == InstanceId) return;
        Raise(new ReaderChange(notice.Kind, notice.EventId));
    }

    internal void Raise(ReaderChange change)
    {
        try { Changed?.Invoke(change); }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            log.LogError(ex, "A subscriber to reader changes failed on {Change}.", change);
        }
    }

    private sealed record Notice(string Origin, string Kind, int? EventId);
}
