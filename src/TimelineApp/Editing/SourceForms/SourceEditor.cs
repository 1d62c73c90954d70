using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Accounts;
using TimelineApp.Data;
using TimelineApp.Dates;
using TimelineApp.Events;

namespace TimelineApp.Editing.SourceForms;

/// <summary>Creates and updates source articles (editors and reviewers only), refusing a save over someone else's change; reviews live in <see cref="SourceReview"/>.</summary>
public sealed class SourceEditor(IDbContextFactory<TimelineDb> dbFactory, IClock clock)
{
    public async Task<SourceForm?> LoadAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct) is { } a ? SourceForm.From(a) : null;
    }

    public async Task<IReadOnlyList<string>> CitedQuotesAsync(int? id, CancellationToken ct = default)
    {
        if (id is null) return [];
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Citations.Where(c => c.ArticleId == id).Select(c => c.Quote).Distinct().ToListAsync(ct);
    }

    /// <summary>
    /// Every save is a revision. An editor's change to an article readers can see (every article a reviewer has accepted)
    /// waits for a reviewer as a pending revision, and readers keep the accepted version; an editor's new article stays
    /// hidden until a reviewer accepts it. A proposal replaces the pending one only if the editor's form was loaded from
    /// it: a proposal saved meanwhile by someone else is never dropped in silence.
    /// </summary>
    public async Task<EditResult> SaveAsync(SourceForm f, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!user.CanEdit()) return EditResult.Denied("Sign in as an editor to add or change source articles.");
        var errors = SourceFormValidator.Validate(f, EditingData.Today(clock), await CitedQuotesAsync(f.Id, ct));
        if (errors.Count > 0) return EditResult.Invalid(errors);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetCurrentInstant();
        var by = user.NameForHistory();
        SourceArticle? a = null;
        if (f.Id is { } id)
        {
            await SourceRevisions.LockAsync(db, id, ct);
            a = await db.Articles.SingleOrDefaultAsync(x => x.Id == id, ct);
            if (a is null) return new EditResult(EditOutcome.NotFound, id, $"Article {id} does not exist.");
            if (SourceForm.Fingerprint(a) != f.LoadedFingerprint)
                return new EditResult(EditOutcome.Conflict, id, "Someone changed this article after you opened it. Copy your changes, reload the page and apply them again.");
            await SourceRevisions.EnsureBaselineAsync(db, a, now, ct);
            if (!user.CanReview() && !a.AwaitsAcceptance)
            {
                if (await SourceRevisions.PendingAsync(db, id, ct) is { } pending && pending.Number != f.LoadedProposal)
                    return new EditResult(EditOutcome.Conflict, id, $"Your change was not proposed: {pending.By} proposed a change to this article " +
                        $"(revision {pending.Number}) after you opened it, and it waits for review. Copy your changes, reload the page to see theirs, and apply yours to it.");
                await db.ArticleRevisions.Where(r => r.ArticleId == id && r.IsPending).ExecuteUpdateAsync(x => x.SetProperty(r => r.IsPending, false), ct);
                await SourceRevisions.AddAsync(db, id, f, "proposed", by, now, pending: true, null, ct);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                return new EditResult(EditOutcome.Proposed, id, "Change proposed. Readers can see this article, so they keep seeing the accepted version until a reviewer approves your change.");
            }
        }
        var isNew = a is null;
        if (a is null)
        {
            var key = await UniqueKeyAsync(db, $"{f.Outlet}-{PartialDate.Parse(f.PublishedDate).Start:uuuu-MM-dd}", ct);
            a = db.Articles.Add(new SourceArticle
            {
                Key = key, Outlet = "", Author = "", Headline = "", Language = "", Text = "",
                CreatedAt = now, CreatedBy = by, AwaitsAcceptance = !user.CanReview(),
            }).Entity;
        }
        SourceRevisions.Apply(f, a);
        await db.SaveChangesAsync(ct);
        await SourceRevisions.AddAsync(db, a.Id, f, isNew ? "created" : "edited", by, now, pending: false, null, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new EditResult(EditOutcome.Saved, a.Id, (isNew, a.AwaitsAcceptance) switch
        {
            (true, true) => "Article added. Readers will see it once a reviewer accepts it.",
            (true, false) => "Article added.",
            _ => "Article saved.",
        });
    }

    public async Task<bool> IsArchivedAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Articles.AnyAsync(a => a.Id == id && a.IsArchived, ct);
    }

    /// <summary>
    /// Archives (hides from readers and from the article choices) or restores an article; reviewers only. Nothing is
    /// deleted, and an article that events still cite stays, so no reader meets a citation of a hidden source.
    /// </summary>
    public async Task<EditResult> SetArchivedAsync(int id, bool archived, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!user.CanReview()) return EditResult.Denied("Only reviewers can archive or restore source articles.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var a = await db.Articles.SingleOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return new EditResult(EditOutcome.NotFound, id, $"Article {id} does not exist.");
        var citing = archived ? await db.Events.CountAsync(e => e.Status != EventStatus.Archived && e.Citations.Any(c => c.ArticleId == id), ct) : 0;
        if (citing > 0)
            return EditResult.NotNow(id, $"{citing} event{(citing == 1 ? "" : "s")} still cite{(citing == 1 ? "s" : "")} this article; archive them or cite another source first.");
        a.IsArchived = archived;
        await db.SaveChangesAsync(ct);
        return new EditResult(EditOutcome.Saved, id, archived ? "Article archived: readers no longer see it. Nothing was deleted." : "Article restored.");
    }

    private static async Task<string> UniqueKeyAsync(TimelineDb db, string stem, CancellationToken ct)
    {
        var slug = EventRules.Slugify(stem);
        var taken = (await db.Articles.Where(a => a.Key.StartsWith(slug)).Select(a => a.Key).ToListAsync(ct)).ToHashSet();
        var key = slug;
        for (var n = 2; taken.Contains(key); n++) key = $"{slug}-{n}";
        return key;
    }

}
