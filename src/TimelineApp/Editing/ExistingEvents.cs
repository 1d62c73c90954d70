using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;

namespace TimelineApp.Editing;

/// <summary>An event a new one may repeat, and why it was found.</summary>
public sealed record ExistingEvent(int Id, string Title, EventStatus Status, string Why);

/// <summary>
/// Before a second event is started from the same sentence, or under the same title, the editor is told about the
/// first one (a forgotten draft, say) and offered to open it instead. Archived events are not offered.
/// </summary>
public sealed class ExistingEvents(IDbContextFactory<TimelineDb> dbFactory)
{
    public async Task<IReadOnlyList<ExistingEvent>> CitingAsync(int articleId, string quote, CancellationToken ct = default)
    {
        var words = quote.Trim();
        if (words.Length == 0) return [];
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var citing = await db.Citations.AsNoTracking().Where(c => c.ArticleId == articleId)
            .Join(Live(db), c => c.EventId, e => e.Id, (c, e) => new { c.Quote, e.Id, e.Title, e.Status }).ToListAsync(ct);
        return citing.Where(c => c.Quote.Contains(words, StringComparison.Ordinal) || words.Contains(c.Quote, StringComparison.Ordinal))
            .DistinctBy(c => c.Id).Select(c => new ExistingEvent(c.Id, c.Title, c.Status, "already cites this sentence")).ToList();
    }

    public async Task<IReadOnlyList<ExistingEvent>> TitledAsync(string title, CancellationToken ct = default)
    {
        var wanted = title.Trim().ToLowerInvariant();
        if (wanted.Length == 0) return [];
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Live(db).Where(e => e.Title.ToLower() == wanted).OrderBy(e => e.Id).Take(5)
            .Select(e => new ExistingEvent(e.Id, e.Title, e.Status, "already has this title")).ToListAsync(ct);
    }

    private static IQueryable<Event> Live(TimelineDb db) => db.Events.AsNoTracking().Where(e => e.Status != EventStatus.Archived);
}
