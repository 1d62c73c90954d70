using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Data;

namespace TimelineApp.Capture;

/// <summary>What readers are told about a source's preserved copies: every capture (no bytes) and what the last link check found.</summary>
public sealed record PreservedState(IReadOnlyList<CaptureInfo> Captures, LinkStatus? Status)
{
    /// <summary>The original is gone or no longer says what it said when cited: readers are pointed to the copy.</summary>
    public bool OriginalChanged => Status is LinkStatus.Gone or LinkStatus.Changed;

    public CaptureInfo First => Captures[0];

    public static string Day(Instant at) => at.InUtc().Date.ToString("d MMMM uuuu", System.Globalization.CultureInfo.InvariantCulture);

    public static string Moment(Instant at) => at.InUtc().ToString("d MMM uuuu HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class PreservedCopies(IDbContextFactory<TimelineDb> dbFactory)
{
    /// <summary>Sources with at least one capture, by article id.</summary>
    public async Task<IReadOnlyDictionary<int, PreservedState>> ForArticlesAsync(IReadOnlyCollection<int> articleIds, CancellationToken ct = default)
    {
        if (articleIds.Count == 0) return new Dictionary<int, PreservedState>();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var captures = await CaptureStore.Infos(db.SourceCaptures.Where(c => articleIds.Contains(c.ArticleId))).ToListAsync(ct);
        var links = await db.SourceLinks.AsNoTracking().Where(l => articleIds.Contains(l.ArticleId)).ToDictionaryAsync(l => l.ArticleId, l => l.Status, ct);
        return captures.GroupBy(c => c.ArticleId).ToDictionary(g => g.Key,
            g => new PreservedState(g.ToList(), links.TryGetValue(g.Key, out var s) ? s : null));
    }
}
