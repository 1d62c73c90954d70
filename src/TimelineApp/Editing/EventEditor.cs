using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Accounts;
using TimelineApp.Data;
using TimelineApp.Operations;
using TimelineApp.Search;

namespace TimelineApp.Editing;

/// <summary>
/// The one way an event's content is written: checks the role and the form, writes the event, a revision
/// (who, when, note, snapshot), the derived last date and the search index in one transaction. An edit of a
/// published event is held as a pending revision until a reviewer approves it (unless a reviewer publishes it directly).
/// </summary>
public sealed class EventEditor(IDbContextFactory<TimelineDb> dbFactory, IClock clock, ReaderChanges? readerChanges = null)
{
    public async Task<EditResult> SaveAsync(EventForm form, ClaimsPrincipal user, bool publishDirectly = false, string kind = "", CancellationToken ct = default)
    {
        if (!user.CanEdit()) return EditResult.Denied("Sign in as an editor to change events.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var applied = publishDirectly && user.CanReview();
        var result = await WriteAsync(db, form, user.NameForHistory(), applied, kind, ct);
        if (!result.Succeeded) return result;
        await tx.CommitAsync(ct);
        if (applied && readerChanges is not null) await readerChanges.PublishAsync(new ReaderChange(kind.Length > 0 ? kind : "saved", result.EventId), ct);
        return result;
    }

    /// <summary>Writes inside the caller's transaction (the CSV import writes many in one).</summary>
    internal async Task<EditResult> WriteAsync(TimelineDb db, EventForm form, string by, bool applyToPublished, string kind, CancellationToken ct,
        EditingReferenceData? refs = null, bool reindex = true)
    {
        refs ??= await EditingData.ReferenceDataAsync(db, clock, form.Citations.Select(c => c.ArticleId), ct);
        var e = form.Id is { } id ? await EditingData.LoadEventAsync(db, id, ct) : null;
        if (form.Id is { } missing && e is null) return EditResult.NotFound(missing);
        if (e?.Status == EventStatus.Archived) return EditResult.NotNow(e.Id, "This event is archived; a reviewer must restore it before it can be edited.");
        var errors = EventFormValidator.Validate(form, refs.Keeping(e?.TypeId), complete: e is not null && e.Status != EventStatus.Draft);
        if (errors.Count > 0) return EditResult.Invalid(errors);
        if (e is not null && e.Version != form.Version) return await ConflictAsync(e.Id, ct);
        if (applyToPublished && e?.Status == EventStatus.Published && await UnacceptedArticles.RefuseGoingLiveAsync(db, e.Id, form.Citations, ct) is { } refused)
            return refused;

        var now = clock.GetCurrentInstant();
        if (e is null)
        {
            e = new Event
            {
                Slug = await EditingData.UniqueSlugAsync(db, form.Title, ct), Title = "", Summary = "", TypeId = "",
                Status = EventStatus.Draft, CreatedAt = now, CreatedBy = by, UpdatedBy = by,
            };
            db.Events.Add(e);
        }
        await EventFormMapper.ApplyAsync(db, form, e, ct);
        if (e.Status == EventStatus.Published && !applyToPublished) return await ProposeAsync(db, e, form, by, now, ct);

        var isNew = e.Id == 0;
        e.UpdatedAt = now;
        e.UpdatedBy = by;
        e.Version = form.Version + 1;
        if (!isNew) db.Entry(e).Property(x => x.Version).OriginalValue = form.Version;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictAsync(e.Id, ct);
        }
        await EditingData.AddRevisionAsync(db, e, form, Kind(kind, isNew ? "created" : "edited"), by, now, form.Note, pending: false, ct);
        await db.SaveChangesAsync(ct);
        if (reindex) await EventSearchIndex.ReindexAsync(db, [e.Id], ct);
        return new EditResult(EditOutcome.Saved, e.Id, isNew ? "Draft created." : "Saved.");
    }

    /// <summary>Keeps the published row as it is; the proposed state waits in a pending revision.</summary>
    private async Task<EditResult> ProposeAsync(TimelineDb db, Event e, EventForm form, string by, Instant now, CancellationToken ct)
    {
        var revisionNumber = await EditingData.NextRevisionNumberAsync(db, e.Id, ct);
        var json = EditSnapshot.ToJson(e, form);
        db.ChangeTracker.Clear();
        var bumped = await db.Events.Where(x => x.Id == e.Id && x.Version == form.Version)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Version, x => x.Version + 1), ct);
        if (bumped == 0) return await ConflictAsync(e.Id, ct);
        // A newer proposal replaces an older one (it was loaded into the form, so nothing is lost).
        await db.Revisions.Where(r => r.EventId == e.Id && r.IsPending).ExecuteUpdateAsync(s => s.SetProperty(r => r.IsPending, false), ct);
        db.Revisions.Add(new Revision
        {
            EventId = e.Id, Number = revisionNumber, At = now, By = by, Kind = "proposed", IsPending = true,
            Note = string.IsNullOrWhiteSpace(form.Note) ? null : form.Note.Trim(), Snapshot = json,
        });
        await db.SaveChangesAsync(ct);
        return new EditResult(EditOutcome.Proposed, e.Id, "Change proposed. Readers keep seeing the published version until a reviewer approves it.");
    }

    private async Task<EditResult> ConflictAsync(int id, CancellationToken ct)
    {
        var theirs = await new EventLoader(dbFactory).LoadAsync(id, ct);
        if (theirs is null) return EditResult.NotFound(id);
        return new EditResult(EditOutcome.Conflict, id,
            $"{theirs.LastBy} saved this event at {theirs.LastAt:uuuu-MM-dd HH:mm} UTC after you opened it. Your changes are still on screen: compare and choose.",
            Conflict: new EditConflict(theirs.Form, theirs.LastBy, theirs.LastAt));
    }

    private static string Kind(string requested, string fallback) => string.IsNullOrEmpty(requested) ? fallback : requested;
}
