using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;
using TimelineApp.Dates;
using TimelineApp.Search;

namespace TimelineApp.Events;

public sealed record EventPage(int Total, int Page, int PageSize, IReadOnlyList<EventDto> Items);

public sealed record TypeCount(string Type, int Count);

/// <summary>Reads events for readers: published only, filtered, in chronological order, a page at a time.</summary>
public sealed class EventQuery(IDbContextFactory<TimelineDb> dbFactory)
{
    public const int MaxPageSize = 200;

    /// <summary>The published events the filter selects (composable: count, page, group).</summary>
    public static IQueryable<Event> Filtered(TimelineDb db, EventFilter f, bool publishedOnly = true)
    {
        var q = db.Events.AsNoTracking();
        if (publishedOnly) q = q.Where(e => e.Status == EventStatus.Published);
        if (f.From is { } from)
        {
            // An event overlapping the window starts at most its class's length before it; the OR lets
            // SQLite seek each class's range of (Status, DurationClass, StartDate) instead of scanning.
            var monthBefore = from.PlusDays(-DurationClass.UpToAMonth.MaxDays()!.Value);
            var yearBefore = from.PlusDays(-DurationClass.UpToAYear.MaxDays()!.Value);
            q = q.Where(e => e.LastDate >= from
                && ((e.DurationClass == DurationClass.UpToAMonth && e.StartDate >= monthBefore)
                    || (e.DurationClass == DurationClass.UpToAYear && e.StartDate >= yearBefore)
                    || e.DurationClass == DurationClass.Longer));
        }
        if (f.To is { } to) q = q.Where(e => e.StartDate <= to);
        if (f.Types.Count > 0) q = q.Where(e => f.Types.Contains(e.TypeId));
        if (f.Country is { } country) q = q.Where(e => e.Place != null && e.Place.Country == country);
        if (f.Actor is { } actor) q = q.Where(e => e.Actors.Any(a => a.Actor.Name == actor));
        foreach (var tag in f.Tags) q = q.Where(e => e.Tags.Any(t => t.Tag == tag));
        if (EventSearchIndex.Matching(db, f.Text) is { } ids) q = q.Where(e => ids.Contains(e.Id));
        return q;
    }

    public static IQueryable<Event> Ordered(IQueryable<Event> q, SortOrder sort) => sort == SortOrder.Newest
        ? q.OrderByDescending(e => e.StartDate).ThenBy(e => e.DatePrecision).ThenByDescending(e => e.Id)
        : q.OrderBy(e => e.StartDate).ThenByDescending(e => e.DatePrecision).ThenBy(e => e.Id);

    public static IQueryable<Event> WithDetails(IQueryable<Event> q) => q
        .Include(e => e.Type).Include(e => e.Place)
        .Include(e => e.Actors).ThenInclude(a => a.Actor)
        .Include(e => e.Tags)
        .Include(e => e.Citations).ThenInclude(c => c.Article)
        .Include(e => e.Citations).ThenInclude(c => c.Claims)
        .AsSplitQuery();

    public async Task<EventPage> PageAsync(EventFilter filter, int page, int pageSize, CancellationToken ct = default)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(page, 1);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var filtered = Filtered(db, filter);
        // The page's ids first, then the details of just those: with Include+AsSplitQuery over the filtered
        // query, every split query would run the whole filter (window scan, FTS match) again.
        var ids = await Ordered(filtered, filter.Sort).Skip((page - 1) * pageSize).Take(pageSize).Select(e => e.Id).ToListAsync(ct);
        var total = ids.Count < pageSize && (ids.Count > 0 || page == 1)
            ? (page - 1) * pageSize + ids.Count
            : await Timeline.RollupCounts.TotalAsync(db, filter, ct) ?? await filtered.CountAsync(ct);
        return new EventPage(total, page, pageSize, await EventPageLoader.LoadAsync(db, ids, ct));
    }

    public async Task<IReadOnlyList<TypeCount>> CountByTypeAsync(EventFilter filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Timeline.RollupCounts.ByTypeAsync(db, filter, ct) ?? await Filtered(db, filter with { Types = [] })
            .GroupBy(e => e.TypeId).Select(g => new TypeCount(g.Key, g.Count())).ToListAsync(ct);
    }

    public async Task<EventDto?> BySlugAsync(string slug, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var e = await WithDetails(db.Events.AsNoTracking().Where(e => e.Slug == slug && e.Status == EventStatus.Published)).FirstOrDefaultAsync(ct);
        return e is null ? null : EventDto.From(e);
    }

    /// <summary>The types readers meet: those in use, and archived ones that published events still have.</summary>
    public async Task<IReadOnlyList<EventType>> TypesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Filtering.FilterReader.ReaderTypes(db).ToListAsync(ct);
    }
}
