using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Accounts;
using TimelineApp.Data;

namespace TimelineApp.Editing.Autosave;

/// <summary>Which form's work in progress: the form ("event", "source") and the record's id, or "new".</summary>
public sealed record AutosaveSlot(string Form, string Record)
{
    public const string NewRecord = "new";
    public static AutosaveSlot Event(int? id) => new("event", id?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? NewRecord);
    public static AutosaveSlot Source(int? id) => new("source", id?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? NewRecord);
}

/// <summary>Autosaved work in progress as read back: the form's JSON and when it was typed.</summary>
public sealed record AutosavedWork(string Content, Instant SavedAt);

/// <summary>
/// Keeps each editor's work in progress in the database (so any instance can offer it back after a crash or a lost
/// circuit). Every call checks on the server that the person may edit, and reads or writes only their own rows.
/// Nothing is deleted: discarding and saving the form change the row's state.
/// </summary>
public sealed class AutosaveStore(IDbContextFactory<TimelineDb> dbFactory, IClock clock)
{
    /// <summary>Stores the form's current values as the person's active work in progress; when it was stored, or null if refused.</summary>
    public async Task<Instant?> SaveAsync(ClaimsPrincipal user, AutosaveSlot slot, string content, CancellationToken ct = default)
    {
        if (UserId(user) is not { } userId) return null;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetCurrentInstant();
        var row = await Active(db, userId, slot).OrderByDescending(d => d.Id).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            row = new FormDraft { UserId = userId, FormKey = slot.Form, RecordKey = slot.Record, Content = content, State = FormDraftState.Active };
            db.FormDrafts.Add(row);
        }
        (row.Content, row.SavedAt) = (content, now);
        await db.SaveChangesAsync(ct);
        return now;
    }

    /// <summary>The person's own active work in progress on this form, if any.</summary>
    public async Task<AutosavedWork?> FindAsync(ClaimsPrincipal user, AutosaveSlot slot, CancellationToken ct = default)
    {
        if (UserId(user) is not { } userId) return null;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Active(db, userId, slot).OrderByDescending(d => d.Id)
            .Select(d => new AutosavedWork(d.Content, d.SavedAt)).FirstOrDefaultAsync(ct);
    }

    /// <summary>"Discard": the work in progress is no longer offered (the row stays, marked discarded).</summary>
    public Task<int> DiscardAsync(ClaimsPrincipal user, AutosaveSlot slot, CancellationToken ct = default) =>
        EndAsync(user, slot, FormDraftState.Discarded, ct);

    /// <summary>The form was saved (or is back to its saved values): the work in progress is marked superseded.</summary>
    public Task<int> SupersedeAsync(ClaimsPrincipal user, AutosaveSlot slot, CancellationToken ct = default) =>
        EndAsync(user, slot, FormDraftState.Superseded, ct);

    private async Task<int> EndAsync(ClaimsPrincipal user, AutosaveSlot slot, FormDraftState state, CancellationToken ct)
    {
        if (UserId(user) is not { } userId) return 0;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Active(db, userId, slot).ExecuteUpdateAsync(x => x.SetProperty(d => d.State, state), ct);
    }

    private static IQueryable<FormDraft> Active(TimelineDb db, string userId, AutosaveSlot slot) =>
        db.FormDrafts.Where(d => d.UserId == userId && d.FormKey == slot.Form && d.RecordKey == slot.Record && d.State == FormDraftState.Active);

    /// <summary>Only signed-in editors and reviewers, identified by their account id (not their changeable name).</summary>
    private static string? UserId(ClaimsPrincipal user) =>
        user.CanEdit() ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
}
