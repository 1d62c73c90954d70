using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using TimelineApp.Data;
using TimelineApp.Events;
using TimelineApp.Common;

namespace TimelineApp.Timeline;

public sealed record OptionCount(string Value, int Count);

public sealed record FilterOptions(IReadOnlyList<OptionCount> Countries, IReadOnlyList<OptionCount> Actors, IReadOnlyList<OptionCount> Tags);

/// <summary>The timeline's reads, all built on <see cref="EventQuery"/>: a page, the density rows, the choices.</summary>
public sealed class TimelineQuery(IDbContextFactory<TimelineDb> dbFactory, EventQuery events, IMemoryCache cache)
{
    public const int PageSize = 50;
    public const int MaxOptions = 300;

    /// <summary>
    /// How long the actor and tag choices are reused. They are the same for every reader and, at 100,000 events,
    /// cost about a second to count; a newly published event shows in them within this time.
    /// </summary>
    public static readonly TimeSpan ChoicesLifetime = TimeSpan.FromSeconds(60);

    /// <summary>A page of the filtered events, read the way the public API reads them.</summary>
    public async Task<EntryPage> PageAsync(EventFilter filter, int page, IReadOnlyDictionary<string, EventType> types, CancellationToken ct = default)
    {
        var result = await events.PageAsync(filter, page, PageSize, ct);
        return new EntryPage(result.Total, result.Page, result.PageSize, result.Items.Select(e => TimelineEntry.From(e, types)).ToList());
    }

    public async Task<TimelineEntry?> EntryAsync(string slug, IReadOnlyDictionary<string, EventType> types, CancellationToken ct = default) =>
        await events.BySlugAsync(slug, ct) is { } e ? TimelineEntry.From(e, types) : null;

    /// <summary>All published events, from the rollups.</summary>
    public async Task<int> PublishedCountAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await RollupCounts.TotalAsync(db, EventFilter.None, ct) ?? 0;
    }

    /// <summary>The density chart's columns for the filter (from the rollups when they can answer it).</summary>
    public async Task<Density> DensityAsync(EventFilter filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = RollupCounts.ByDay(filter)
            ? await RollupCounts.DensityRows(db, filter).ToListAsync(ct)
            : await DensityRows(db, filter).ToListAsync(ct);
        return DensityBuckets.Build(rows, filter.From, filter.To);
    }

    /// <summary>Events per (start day, date precision, type): a GROUP BY in the database, read from a covering index.</summary>
    public static IQueryable<DayCount> DensityRows(TimelineDb db, EventFilter filter) => EventQuery.Filtered(db, filter)
        .GroupBy(e => new { e.StartDate, e.DatePrecision, e.TypeId })
        .Select(g => new DayCount(g.Key.StartDate, g.Key.DatePrecision, g.Key.TypeId, g.Count()));

    /// <summary>Countries, actors and tags that published events have (the most used when there are many).</summary>
    public async Task<FilterOptions> OptionsAsync(CancellationToken ct = default) =>
        (await cache.GetOrCreateAsync("timeline:options", entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = ChoicesLifetime;
            return LoadOptionsAsync(ct);
        }))!;

    private async Task<FilterOptions> LoadOptionsAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var countries = await RollupCounts.CountryOptionsAsync(db, ct);
        // From the rollups kept by OptionRollupTriggers: O(actors + tags), never a scan of the events' rows.
        var actors = await db.EventActorCounts.Where(c => c.Count > 0)
            .Join(db.Actors, c => c.ActorId, a => a.Id, (c, a) => new { a.Name, c.Count })
            .GroupBy(a => a.Name).Select(g => new { g.Key, Count = g.Sum(a => a.Count) })
            .OrderByDescending(o => o.Count).ThenBy(o => o.Key).Take(MaxOptions).ToListAsync(ct);
        var tags = await db.EventTagCounts.Where(c => c.Count > 0)
            .OrderByDescending(o => o.Count).ThenBy(o => o.Tag).Take(MaxOptions)
            .Select(o => new { Key = o.Tag, o.Count }).ToListAsync(ct);
        return new FilterOptions(countries.OrderBy(c => CountryNames.Name(c.Value)).ToList(),
            actors.Select(a => new OptionCount(a.Key, a.Count)).OrderBy(a => a.Value, StringComparer.OrdinalIgnoreCase).ToList(),
            tags.Select(t => new OptionCount(t.Key, t.Count)).OrderBy(t => t.Value, StringComparer.Ordinal).ToList());
    }
}
