using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using NodaTime;
using TimelineApp.Accounts;
using TimelineApp.Data;
using TimelineApp.Editing.Lists;

namespace TimelineApp.Editing.SourceForms;

/// <summary>What a reviewer sees and decides about an article: history with diffs, pending changes, acceptance, restore.</summary>
/// <remarks><paramref name="SeenRevision"/> is the applied revision shown: Accept carries it back, and refuses when the article has moved on.</remarks>
public sealed record SourceReviewState(bool AwaitsAcceptance, int? PendingNumber, string? PendingBy, IReadOnlyList<FieldChange> PendingChanges, int SeenRevision = 0);

/// <summary>What changed in an article after a person opened it: who saved last, when, and each field before and after.</summary>
public sealed record SourceChangedSince(string By, Instant At, IReadOnlyList<FieldChange> Changes);

public sealed class SourceReview(IDbContextFactory<TimelineDb> dbFactory, SourceEditor editor, IClock clock)
{
    public async Task<IReadOnlyList<RevisionEntry>> HistoryAsync(int articleId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await SourceRevisions.HistoryAsync(db, articleId, ct);
    }

    public async Task<GridData<RevisionEntry>> HistoryPageAsync(int articleId, ListRequest request, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await SourceRevisions.PageAsync(db, articleId, request, ct);
    }

    public async Task<SourceReviewState?> StateAsync(int articleId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var a = await db.Articles.AsNoTracking().SingleOrDefaultAsync(x => x.Id == articleId, ct);
        if (a is null) return null;
        var pending = await SourceRevisions.PendingAsync(db, articleId, ct);
        var seen = await SourceRevisions.LatestAppliedAsync(db, articleId, ct);
        return new SourceReviewState(a.AwaitsAcceptance, pending?.Number, pending?.By,
            pending is null ? [] : SourceRevisions.Diff(SourceForm.From(a), SourceRevisions.ReadForm(pending.Snapshot)), seen?.Number ?? 0);
    }

    /// <summary>The form an editor opens: the pending proposal when there is one, else the article.</summary>
    public async Task<SourceForm?> LoadForEditingAsync(int articleId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var a = await db.Articles.AsNoTracking().SingleOrDefaultAsync(x => x.Id == articleId, ct);
        if (a is null) return null;
        var loaded = SourceForm.From(a);
        if (await SourceRevisions.PendingAsync(db, articleId, ct) is not { } pending) return loaded;
        var form = SourceRevisions.ReadForm(pending.Snapshot);
        (form.Id, form.LoadedFingerprint, form.LoadedProposal) = (loaded.Id, loaded.LoadedFingerprint, pending.Number);
        return form;
    }

    /// <summary>
    /// Makes an editor's new article visible to readers, as it was when the reviewer read it (<paramref name="seenRevision"/>,
    /// from <see cref="StateAsync"/>): an article changed since is refused, naming what changed.
    /// </summary>
    public async Task<EditResult> AcceptAsync(int articleId, int seenRevision, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!user.CanReview()) return EditResult.Denied("Only reviewers can accept source articles.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await SourceRevisions.LockAsync(db, articleId, ct);
        var a = await db.Articles.SingleOrDefaultAsync(x => x.Id == articleId && x.AwaitsAcceptance, ct);
        if (a is null) return EditResult.NotNow(articleId, "This article is not waiting to be accepted.");
        if (await ChangedSinceAsync(db, a, seenRevision, ct) is { } changed)
            return new EditResult(EditOutcome.Conflict, articleId, $"Not accepted: {changed.By} changed this article after you opened it " +
                $"({(changed.Changes.Count == 0 ? "no field differs" : string.Join(", ", changed.Changes.Select(c => c.Field)))}). Read what changed, then accept again.");
        a.AwaitsAcceptance = false;
        await SourceRevisions.AddAsync(db, articleId, SourceForm.From(a), "accepted", user.NameForHistory(), clock.GetCurrentInstant(), pending: false, null, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new EditResult(EditOutcome.Saved, articleId, "Article accepted; readers can see it.");
    }

    /// <summary>What changed in the article after revision <paramref name="seenRevision"/> was shown, or null when nothing was saved since.</summary>
    public async Task<SourceChangedSince?> ChangedSinceAsync(int articleId, int seenRevision, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var a = await db.Articles.AsNoTracking().SingleOrDefaultAsync(x => x.Id == articleId, ct);
        return a is null ? null : await ChangedSinceAsync(db, a, seenRevision, ct);
    }

    private static async Task<SourceChangedSince?> ChangedSinceAsync(TimelineDb db, SourceArticle a, int seenRevision, CancellationToken ct)
    {
        if (await SourceRevisions.LatestAppliedAsync(db, a.Id, ct) is not { } latest || latest.Number == seenRevision) return null;
        var seen = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == a.Id && r.Number == seenRevision).Select(r => r.Snapshot).SingleOrDefaultAsync(ct);
        var before = seen is null ? new SourceForm() : SourceRevisions.ReadForm(seen);
        return new SourceChangedSince(latest.By, latest.At, SourceRevisions.Diff(before, SourceForm.From(a)));
    }

    /// <summary>Applies a pending change, unless the article changed after it was proposed (that change would be undone silently).</summary>
    public async Task<EditResult> ApproveAsync(int articleId, int number, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!user.CanReview()) return EditResult.Denied("Only reviewers can approve changes to source articles.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var pending = await db.ArticleRevisions.SingleOrDefaultAsync(r => r.ArticleId == articleId && r.Number == number && r.IsPending, ct);
        var a = await db.Articles.SingleOrDefaultAsync(x => x.Id == articleId, ct);
        if (pending is null || a is null) return EditResult.NotNow(articleId, $"Revision {number} is not a pending change (it may have been decided already).");
        if (await db.ArticleRevisions.AnyAsync(r => r.ArticleId == articleId && r.Number > number && !r.IsPending, ct))
            return new EditResult(EditOutcome.Conflict, articleId, "The article changed after this was proposed; approving it would undo that. Open the proposal, compare and save again.");
        var form = SourceRevisions.ReadForm(pending.Snapshot);
        var problems = SourceFormValidator.Validate(form, EditingData.Today(clock), await editor.CitedQuotesAsync(articleId, ct));
        if (problems.Count > 0) return new EditResult(EditOutcome.Invalid, articleId, "This change no longer fits: " + string.Join(" ", problems.Select(p => p.Message)), problems);
        SourceRevisions.Apply(form, a);
        pending.IsPending = false;
        await SourceRevisions.AddAsync(db, articleId, form, "approved", user.NameForHistory(), clock.GetCurrentInstant(), pending: false, $"Approved revision {number}", ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new EditResult(EditOutcome.Saved, articleId, "Change approved; readers now see it.");
    }

    public async Task<EditResult> RejectAsync(int articleId, int number, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!user.CanReview()) return EditResult.Denied("Only reviewers can reject changes to source articles.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var pending = await db.ArticleRevisions.SingleOrDefaultAsync(r => r.ArticleId == articleId && r.Number == number && r.IsPending, ct);
        if (pending is null) return EditResult.NotNow(articleId, $"Revision {number} is not a pending change.");
        pending.IsPending = false;
        var a = await db.Articles.SingleAsync(x => x.Id == articleId, ct);
        await SourceRevisions.AddAsync(db, articleId, SourceForm.From(a), "rejected", user.NameForHistory(), clock.GetCurrentInstant(), pending: false, $"Rejected revision {number}", ct);
        await db.SaveChangesAsync(ct);
        return new EditResult(EditOutcome.Saved, articleId, "Change rejected; the accepted version stays.");
    }

    /// <summary>Saves an old revision's content as a new one (for an editor, a cited article's restore awaits review).</summary>
    public async Task<EditResult> RestoreAsync(int articleId, int number, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!user.CanEdit()) return EditResult.Denied("Sign in as an editor to restore a revision.");
        string? snapshot;
        SourceForm? current;
        int? pending;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            snapshot = await db.ArticleRevisions.Where(r => r.ArticleId == articleId && r.Number == number).Select(r => r.Snapshot).SingleOrDefaultAsync(ct);
            current = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == articleId, ct) is { } a ? SourceForm.From(a) : null;
            pending = (await SourceRevisions.PendingAsync(db, articleId, ct))?.Number;
        }
        if (snapshot is null || current is null) return EditResult.NotNow(articleId, $"Revision {number} of article {articleId} does not exist.");
        var form = SourceRevisions.ReadForm(snapshot);
        // The person chose this restore while seeing the current state, pending proposal included.
        (form.Id, form.LoadedFingerprint, form.LoadedProposal) = (articleId, current.LoadedFingerprint, pending);
        return await editor.SaveAsync(form, user, ct);
    }
}
