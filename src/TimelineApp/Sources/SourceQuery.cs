using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;
using TimelineApp.Events;

namespace TimelineApp.Sources;

public sealed record SourceListItem(int Id, string Outlet, string Author, string Headline, NodaTime.LocalDate PublishedDate, int EventCount);

public sealed record SourceReader(SourceArticle Article, IReadOnlyList<QuoteRef> Quotes);

/// <summary>Source articles for readers; only citations of published events are shown.</summary>
public sealed class SourceQuery(IDbContextFactory<TimelineDb> dbFactory)
{
    public async Task<IReadOnlyList<SourceListItem>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var published = EventQuery.Filtered(db, EventFilter.None);
        return await db.Articles.AsNoTracking().Where(a => !a.IsArchived && !a.AwaitsAcceptance)
            .OrderBy(a => a.PublishedDate).ThenBy(a => a.Id)
            .Select(a => new SourceListItem(a.Id, a.Outlet, a.Author, a.Headline, a.PublishedDate,
                db.Citations.Where(c => c.ArticleId == a.Id && published.Any(e => e.Id == c.EventId)).Select(c => c.EventId).Distinct().Count()))
            .ToListAsync(ct);
    }

    public async Task<SourceReader?> ByIdAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && !a.IsArchived && !a.AwaitsAcceptance, ct);
        if (article is null) return null;
        var quotes = await db.Citations.Where(c => c.ArticleId == id)
            .Join(EventQuery.Filtered(db, EventFilter.None), c => c.EventId, e => e.Id,
                (c, e) => new { c.Id, c.Quote, e.Slug, e.Title, e.StartDate })
            .OrderBy(x => x.StartDate).ThenBy(x => x.Id)
            .ToListAsync(ct);
        return new SourceReader(article, quotes.Select(q => new QuoteRef(q.Id, q.Quote, q.Slug, q.Title)).ToList());
    }
}
