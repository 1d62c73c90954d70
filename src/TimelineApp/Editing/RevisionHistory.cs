using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Accounts;
using MudBlazor;
using TimelineApp.Data;
using TimelineApp.Editing.Lists;

namespace TimelineApp.Editing;

/// <summary>One revision as the history page shows it: who, when, why, and what changed field by field.</summary>
public sealed record RevisionEntry(int Number, Instant At, string By, string Kind, string? Note, bool IsPending, string Status,
    IReadOnlyList<FieldChange> Changes, bool IsLatest = false);

/// <summary>Reads an event's revisions with their diffs, and restores an old one as a new revision.</summary>
public sealed class RevisionHistory(IDbContextFactory<TimelineDb> dbFactory, EventEditor editor)
{
    /// <summary>Every revision, newest first (the reference the paged read is tested against).</summary>
    public async Task<IReadOnlyList<RevisionEntry>> LoadAsync(int eventId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var revisions = await db.Revisions.AsNoTracking().Where(r => r.EventId == eventId).OrderBy(r => r.Number).ToListAsync(ct);
        var entries = Entries(revisions, await ArticleLabelsAsync(db, ct));
        return entries.Select((e, i) => i == 0 ? e with { IsLatest = true } : e).ToList();
    }

    /// <summary>One page of the history, newest first, read from the database (see <see cref="RevisionPages"/>).</summary>
    public async Task<GridData<RevisionEntry>> PageAsync(int eventId, ListRequest request, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var articles = await ArticleLabelsAsync(db, ct);
        var all = db.Revisions.AsNoTracking().Where(r => r.EventId == eventId);
        return await RevisionPages.ReadAsync(all.OrderByDescending(r => r.Number), r => r.Number,
            number => all.Where(r => r.Number < number && r.Kind != "proposed").OrderByDescending(r => r.Number).FirstOrDefaultAsync(ct),
            rows => Entries(rows, articles), request, ct);
    }

    /// <summary>Diffs revisions given oldest first; returns them newest first. The first one only serves as the base when it has no predecessor here.</summary>
    private static List<RevisionEntry> Entries(IReadOnlyList<Revision> revisions, IReadOnlyDictionary<int, string> articles)
    {
        var entries = new List<RevisionEntry>();
        (EventForm Form, string Status, bool Detailed)? applied = null;
        foreach (var r in revisions)
        {
            var form = EditSnapshot.ReadForm(r.Snapshot);
            var status = EditSnapshot.ReadDto(r.Snapshot)?.Status ?? "";
            var detailed = EditSnapshot.HasFormDetails(r.Snapshot);
            var changes = applied is { } prev ? EventFormFields.Diff(prev.Form, form, articles).ToList() : [];
            // A snapshot in the public shape only does not record the date note or time: no change can be read there.
            if (applied is { Detailed: false } || !detailed) changes.RemoveAll(c => c.Field is "Date note" or "Time");
            if (applied is { } p && p.Status != status && r.Kind != "proposed") changes.Insert(0, new FieldChange("Status", p.Status, status));
            entries.Add(new RevisionEntry(r.Number, r.At, r.By, r.Kind, r.Note, r.IsPending, status, changes));
            // A proposal is compared with what was live; it becomes the base only once approved (as its own revision).
            if (r.Kind != "proposed") applied = (form, status, detailed);
        }
        entries.Reverse();
        return entries;
    }

    /// <summary>Makes an old revision's content current again; for a published event an editor's restore awaits review.</summary>
    public async Task<EditResult> RestoreAsync(int eventId, int number, int version, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!user.CanEdit()) return EditResult.Denied("Sign in as an editor to restore a revision.");
        string? snapshot;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            snapshot = await db.Revisions.Where(r => r.EventId == eventId && r.Number == number).Select(r => r.Snapshot).SingleOrDefaultAsync(ct);
        }
        if (snapshot is null) return EditResult.NotNow(eventId, $"Revision {number} of event {eventId} does not exist.");
        var form = EditSnapshot.ReadForm(snapshot);
        if (!EditSnapshot.HasFormDetails(snapshot) && await new EventLoader(dbFactory).LoadAsync(eventId, ct) is { } current)
        {
            // The public shape does not record these; keep today's rather than erase them.
            foreach (var field in EventFormFields.All.Where(f => f.Name is "Date note" or "Time")) field.CopyTo(current.Form, form);
        }
        form.Id = eventId;
        form.Version = version;
        form.Note = $"Restored revision {number}";
        return await editor.SaveAsync(form, user, publishDirectly: user.CanReview(), kind: "restored", ct);
    }

    /// <summary>"VICE News, 17 Feb 2015" for each article id.</summary>
    public static async Task<IReadOnlyDictionary<int, string>> ArticleLabelsAsync(TimelineDb db, CancellationToken ct)
    {
        var articles = await db.Articles.AsNoTracking().Select(a => new { a.Id, a.Outlet, a.PublishedDate }).ToListAsync(ct);
        return articles.ToDictionary(a => a.Id, a => $"{a.Outlet}, {Dates.PartialDate.Of(a.PublishedDate, Dates.DatePrecision.Day).Format()}");
    }
}
