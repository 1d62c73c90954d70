using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using NodaTime;
using TimelineApp.Accounts;
using TimelineApp.Data;
using TimelineApp.Editing.Lists;

namespace TimelineApp.Editing.SourceForms;

/// <summary>What a reviewer sees and decides about an article: history with diffs, pending changes, acceptance, restore.</summary>
public sealed record SourceReviewState(bool AwaitsAcceptance, int? PendingNumber, string? PendingBy, IReadOnlyList<FieldChange> PendingChanges);

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
        var pending = await PendingAsync(db, articleId, ct);
        return new SourceReviewState(a.AwaitsAcceptance, pending?.Number, pending?.By,
            pending is null ? [] : SourceRevisions.Diff(SourceForm.From(a), SourceRevisions.ReadForm(pending.Snapshot)));
    }

    /// <summary>The form an editor opens: the pending proposal when there is one, else the article.</summary>
    public async Task<SourceForm?> LoadForEditingAsync(int articleId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var a = await db.Articles.AsNoTracking().SingleOrDefaultAsync(x => x.Id == articleId, ct);
        if (a is null) return null;
        var loaded = SourceForm.From(a);
        if (await PendingAsync(db, articleId, ct) is not { } pending) return loaded;
        var form = SourceRevisions.ReadForm(pending.Snapshot);
        (form.Id, form.LoadedFingerprint) = (loaded.Id, loaded.LoadedFingerprint);
        return form;
    }

    /// <summary>Makes an editor's new article visible to readers.</summary>
    public async Task<EditResult> AcceptAsync(int articleId, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!user.CanReview()) return EditResult.Denied("Only reviewers can accept source articles.");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var a = await db.Articles.SingleOrDefaultAsync(x => x.Id == articleId && x.AwaitsAcceptance, ct);
        if (a is null) return EditResult.NotNow(articleId, "This article is not waiting to be accepted.");
        a.AwaitsAcceptance = false;
        await SourceRevisions.AddAsync(db, articleId, SourceForm.From(a), "accepted", user.NameForHistory(), clock.GetCurrentInstant(), pending: false, null, ct);
        await db.SaveChangesAsync(ct);
        return new EditResult(EditOutcome.Saved, articleId, "Article accepted; readers can see it.");
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
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            snapshot = await db.ArticleRevisions.Where(r => r.ArticleId == articleId && r.Number == number).Select(r => r.Snapshot).SingleOrDefaultAsync(ct);
            current = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == articleId, ct) is { } a ? SourceForm.From(a) : null;
        }
        if (snapshot is null || current is null) return EditResult.NotNow(articleId, $"Revision {number} of article {articleId} does not exist.");
        var form = SourceRevisions.ReadForm(snapshot);
        (form.Id, form.LoadedFingerprint) = (articleId, current.LoadedFingerprint);
        return await editor.SaveAsync(form, user, ct);
    }

    private static Task<ArticleRevision?> PendingAsync(TimelineDb db, int articleId, CancellationToken ct) =>
        db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == articleId && r.IsPending).OrderByDescending(r => r.Number).FirstOrDefaultAsync(ct);
}
