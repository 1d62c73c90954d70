using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;

namespace TimelineApp.Editing;

/// <summary>
/// Issue 14: readers never see an article no reviewer has accepted, so an event that cites one cannot go live either —
/// not by publishing, "Save and publish now", approving a change or restoring. The reviewer is told which citation it is
/// and where to accept the article; nothing is written.
/// </summary>
internal static class UnacceptedArticles
{
    // A check, not a write: internal, so the inventory of write methods (ServiceAuthorizationTests) leaves it out.
    internal static async Task<EditResult?> RefuseGoingLiveAsync(TimelineDb db, int? eventId, IReadOnlyList<CitationForm> citations, CancellationToken ct)
    {
        var ids = citations.Select(c => c.ArticleId).Where(i => i > 0).Distinct().ToList();
        if (ids.Count == 0) return null;
        var waiting = await db.Articles.AsNoTracking().Where(a => ids.Contains(a.Id) && a.AwaitsAcceptance)
            .ToDictionaryAsync(a => a.Id, a => $"“{a.Headline}” ({a.Outlet})", ct);
        if (waiting.Count == 0) return null;
        var errors = citations.Select((c, i) => (c, i)).Where(x => waiting.ContainsKey(x.c.ArticleId))
            .Select(x => new FormError(x.c, nameof(CitationForm.ArticleId),
                $"Citation {x.i + 1} cites {waiting[x.c.ArticleId]}, a new article no reviewer has accepted yet: accept it at /edit/sources/{x.c.ArticleId} first, or cite another."))
            .ToList();
        return new EditResult(EditOutcome.Invalid, eventId,
            "Not published: readers cannot see an article until a reviewer accepts it. " + string.Join(" ", errors.Select(e => e.Message)), errors);
    }
}
