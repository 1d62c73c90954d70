using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Accounts;
using TimelineApp.Data;
using TimelineApp.Operations;

namespace TimelineApp.Editing;

/// <summary>
/// draft → in review → published → archived, and back by restore. Editors submit; reviewers publish, send back,
/// archive, restore and decide on pending changes. Every step is checked here, on the server, and recorded as a revision.
/// </summary>
public sealed class EventWorkflow(IDbContextFactory<TimelineDb> dbFactory, EventEditor editor, IClock clock, ReaderChanges? readerChanges = null)
{
    public Task<EditResult> SubmitAsync(int id, int version, ClaimsPrincipal user, string? note = null, CancellationToken ct = default) =>
        MoveAsync(id, version, user, note, reviewerOnly: false, "submitted", [EventStatus.Draft], EventStatus.InReview, complete: true, ct);

    public Task<EditResult> PublishAsync(int id, int version, ClaimsPrincipal user, string? note = null, CancellationToken ct = default) =>
        MoveAsync(id, version, user, note, reviewerOnly: true, "published", [EventStatus.Draft, EventStatus.InReview], EventStatus.Published, complete: true, ct);

    public Task<EditResult> ReturnToDraftAsync(int id, int version, ClaimsPrincipal user, string? note = null, CancellationToken ct = default) =>
        MoveAsync(id, version, user, note, reviewerOnly: true, "returned", [EventStatus.InReview], EventStatus.Draft, complete: false, ct);

    /// <summary>Deleting is archiving: the event leaves every reader view and stays restorable.</summary>
    public Task<EditResult> ArchiveAsync(int id, int version, ClaimsPrincipal user, string? note = null, CancellationToken ct = default) =>
        MoveAsync(id, version, user, note, reviewerOnly: true, "archived", [EventStatus.Draft, EventStatus.InReview, EventStatus.Published], EventStatus.Archived, complete: false, ct);

    /// <summary>Back to the status it had before it was archived.</summary>
    public Task<EditResult> RestoreAsync(int id, int version, ClaimsPrincipal user, string? note = null, CancellationToken ct = default) =>
        MoveAsync(id, version, user, note, reviewerOnly: true, "restored", [EventStatus.Archived], null, complete: false, ct);

    private async Task<EditResult> MoveAsync(int id, int version, ClaimsPrincipal user, string? note, bool reviewerOnly, string kind,
        EventStatus[] from, EventStatus? to, bool complete, CancellationToken ct)
    {
        if (!user.CanEdit() || (reviewerOnly && !user.CanReview()))
            return EditResult.Denied($"Only {(reviewerOnly ? "reviewers" : "editors")} can do this ({kind}).");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var e = await EditingData.LoadEventAsync(db, id, ct);
        if (e is null) return EditResult.NotFound(id);
        if (e.Version != version) return StaleResult(id);
        if (!from.Contains(e.Status))
            return EditResult.NotNow(id, $"This event is {e.Status.ToKebab()}; it cannot be {kind} from there.");
        var form = EventFormMapper.FromEvent(e);
        if (complete)
        {
            var refs = await EditingData.ReferenceDataAsync(db, clock, form.Citations.Select(c => c.ArticleId), ct);
            var errors = EventFormValidator.Validate(form, refs.Keeping(e.TypeId), complete: true);
            if (errors.Count > 0)
                return new EditResult(EditOutcome.Invalid, id, "Not ready yet: " + string.Join(" ", errors.Select(x => x.Message).Distinct()), errors);
        }
        var target = to ?? await StatusBeforeArchiveAsync(db, id, ct);
        if (target == EventStatus.Published && kind != "rejected" && await UnacceptedArticles.RefuseGoingLiveAsync(db, id, form.Citations, ct) is { } refused)
            return refused;
        if (target == EventStatus.Published && e.Status != EventStatus.Published) await PublishedSlugs.SettleAsync(db, e, ct);
        e.Status = target;
        var now = clock.GetCurrentInstant();
        e.UpdatedAt = now;
        e.UpdatedBy = user.NameForHistory();
        e.Version = version + 1;
        db.Entry(e).Property(x => x.Version).OriginalValue = version;
        if (e.Status == EventStatus.Archived || kind == "rejected")
            await db.Revisions.Where(r => r.EventId == id && r.IsPending).ExecuteUpdateAsync(s => s.SetProperty(r => r.IsPending, false), ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return StaleResult(id);
        }
        await EditingData.AddRevisionAsync(db, e, form, kind, user.NameForHistory(), now, note, pending: false, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        if (from.Contains(EventStatus.Published) || e.Status == EventStatus.Published) await NotifyAsync(kind, id, ct);
        return new EditResult(EditOutcome.Saved, id, StatusWording.AfterStep(kind, e.Status));
    }

    /// <summary>Makes a pending change live (a reviewer's decision), recorded as a new revision.</summary>
    public async Task<EditResult> ApproveAsync(int id, int revisionNumber, ClaimsPrincipal user, string? note = null, CancellationToken ct = default)
    {
        if (!user.CanReview()) return EditResult.Denied("Only reviewers can approve changes to published events.");
        var pending = await PendingAsync(id, revisionNumber, ct);
        if (pending is null) return EditResult.NotNow(id, $"Revision {revisionNumber} is not a pending change (it may have been decided already).");
        if (await ChangedSinceProposalAsync(id, revisionNumber, ct) is { } stale) return stale;
        var form = EditSnapshot.ReadForm(pending.Value.Snapshot);
        form.Id = id;
        form.Version = pending.Value.Version;
        form.Note = string.IsNullOrWhiteSpace(note) ? $"Approved revision {revisionNumber}" : $"Approved revision {revisionNumber}: {note.Trim()}";
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var result = await editor.WriteAsync(db, form, user.NameForHistory(), applyToPublished: true, "approved", ct);
        if (!result.Succeeded) return result;
        await db.Revisions.Where(r => r.EventId == id && r.Number == revisionNumber).ExecuteUpdateAsync(s => s.SetProperty(r => r.IsPending, false), ct);
        await tx.CommitAsync(ct);
        await NotifyAsync("approved", id, ct);
        return result with { Message = "Change approved; readers now see it." };
    }

    public async Task<EditResult> RejectAsync(int id, int revisionNumber, ClaimsPrincipal user, string? note = null, CancellationToken ct = default)
    {
        if (!user.CanReview()) return EditResult.Denied("Only reviewers can reject changes to published events.");
        if (await PendingAsync(id, revisionNumber, ct) is not { } pending) return EditResult.NotNow(id, $"Revision {revisionNumber} is not a pending change.");
        var result = await MoveAsync(id, pending.Version, user, $"Rejected revision {revisionNumber}" + (string.IsNullOrWhiteSpace(note) ? "" : $": {note.Trim()}"),
            reviewerOnly: true, "rejected", [EventStatus.Published], EventStatus.Published, complete: false, ct);
        return result.Succeeded ? result with { Message = "Change rejected; the published version stays." } : result;
    }

    private Task NotifyAsync(string kind, int id, CancellationToken ct) =>
        readerChanges?.PublishAsync(new ReaderChange(kind, id), ct) ?? Task.CompletedTask;

    /// <summary>
    /// A proposal is based on the revision that was live when it was made. If anything was applied since (a reviewer's
    /// direct publish, say), approving it would silently undo that: answer with the conflict to resolve instead.
    /// </summary>
    private async Task<EditResult?> ChangedSinceProposalAsync(int id, int proposalNumber, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var newer = await db.Revisions.AsNoTracking().Where(r => r.EventId == id && r.Number > proposalNumber && !r.IsPending)
            .OrderByDescending(r => r.Number).FirstOrDefaultAsync(ct);
        if (newer is null) return null;
        var e = await EditingData.LoadEventAsync(db, id, ct);
        if (e is null) return EditResult.NotFound(id);
        var current = EventFormMapper.FromEvent(e);
        (current.Id, current.Version) = (id, e.Version);
        var basedOn = await db.Revisions.AsNoTracking().Where(r => r.EventId == id && r.Number < proposalNumber && !r.IsPending && r.Kind != "proposed")
            .OrderByDescending(r => r.Number).Select(r => r.Snapshot).FirstOrDefaultAsync(ct);
        return new EditResult(EditOutcome.Conflict, id,
            $"{newer.By} changed this event at {newer.At:uuuu-MM-dd HH:mm} UTC, after revision {proposalNumber} was proposed. Approving it would undo that: compare and choose.",
            Conflict: new EditConflict(current, newer.By, newer.At, basedOn is null ? null : EditSnapshot.ReadForm(basedOn)));
    }

    private async Task<(string Snapshot, int Version)?> PendingAsync(int id, int number, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var r = await db.Revisions.AsNoTracking().SingleOrDefaultAsync(r => r.EventId == id && r.Number == number && r.IsPending, ct);
        var version = await db.Events.Where(e => e.Id == id).Select(e => (int?)e.Version).SingleOrDefaultAsync(ct);
        return r is null || version is null ? null : (r.Snapshot, version.Value);
    }

    private static async Task<EventStatus> StatusBeforeArchiveAsync(TimelineDb db, int id, CancellationToken ct)
    {
        var before = await db.Revisions.AsNoTracking().Where(r => r.EventId == id && !r.IsPending && r.Kind != "archived" && r.Kind != "proposed")
            .OrderByDescending(r => r.Number).Select(r => r.Snapshot).FirstOrDefaultAsync(ct);
        return before is not null && EditSnapshot.ReadDto(before) is { } dto && EnumText.TryParseKebab<EventStatus>(dto.Status, out var s) && s != EventStatus.Archived
            ? s : EventStatus.Draft;
    }

    private static EditResult StaleResult(int id) =>
        new(EditOutcome.Conflict, id, "Someone changed this event after you opened it. Reload to see the latest version, then try again.");
}
