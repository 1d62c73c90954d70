using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Data;

namespace TimelineApp.Editing;

/// <summary>An event as an editor opens it.</summary>
/// <param name="Form">What the form starts from: the latest pending proposal when there is one, else the event.</param>
/// <param name="PendingNumber">The number of the pending revision the form was loaded from.</param>
public sealed record EditableEvent(EventForm Form, EventStatus Status, string Slug, int? PendingNumber, string LastBy, Instant LastAt);

public sealed class EventLoader(IDbContextFactory<TimelineDb> dbFactory)
{
    public async Task<EditableEvent?> LoadAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var e = await EditingData.LoadEventAsync(db, id, ct);
        if (e is null) return null;
        var last = await db.Revisions.AsNoTracking().Where(r => r.EventId == id).OrderByDescending(r => r.Number).FirstOrDefaultAsync(ct);
        var pending = await db.Revisions.AsNoTracking().Where(r => r.EventId == id && r.IsPending).OrderByDescending(r => r.Number).FirstOrDefaultAsync(ct);
        var form = pending is null ? EventFormMapper.FromEvent(e) : EditSnapshot.ReadForm(pending.Snapshot);
        form.Id = e.Id;
        form.Version = e.Version;
        return new EditableEvent(form, e.Status, e.Slug, pending?.Number, last?.By ?? e.UpdatedBy, last?.At ?? e.UpdatedAt);
    }
}
