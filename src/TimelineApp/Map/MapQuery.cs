using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NodaTime;
using TimelineApp.Data;
using TimelineApp.Dates;
using TimelineApp.Events;
using TimelineApp.Timeline;
using TimelineApp.Common;

namespace TimelineApp.Map;

public sealed record MapCounts(int Located, int Unlocated);

public sealed record DayCount(LocalDate Day, int Count);

/// <summary>What the map reads: marker projections, counts and events per day, for published events the filter selects.</summary>
public sealed class MapQuery(IDbContextFactory<TimelineDb> dbFactory, IOptions<MapOptions> options)
{
    /// <summary>Most sources a popup's casualty line names; the rest are counted ("· 2 more").</summary>
    public const int PopupClaims = 3;

    public int Limit => Math.Max(1, options.Value.MaxFeatures);

    public async Task<MarkerCollection> FeaturesAsync(EventFilter filter, BoundingBox? box, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var located = Within(EventQuery.Filtered(db, filter).Where(e => e.Place != null), box);
        var rows = await EventQuery.Ordered(located, filter.Sort).Take(Limit + 1)
            .Select(e => new
            {
                e.Id, e.Slug, e.Title, e.TypeId, e.StartDate, e.EndDate, e.DatePrecision, e.EndDatePrecision, e.Approximate,
                Place = e.Place!.Name, e.Place.Latitude, e.Place.Longitude, e.Place.GeoPrecision,
            })
            .ToListAsync(ct);
        var truncated = rows.Count > Limit;
        if (truncated) rows.RemoveAt(rows.Count - 1);
        var total = truncated ? await located.CountAsync(ct) : rows.Count;
        var unlocated = await EventQuery.Filtered(db, filter).CountAsync(e => e.PlaceId == null, ct);
        var claims = await ClaimsAsync(db, rows.Select(r => r.Id).ToList(), ct);
        var features = rows.Select(r => new MarkerFeature(
            new PointGeometry([Math.Round(r.Longitude, 5), Math.Round(r.Latitude, 5)]),
            new MarkerProperties(r.Slug, r.Title, r.TypeId,
                new DateSpan(new PartialDate(r.StartDate, r.DatePrecision),
                    r.EndDate is { } end ? new PartialDate(end, r.EndDatePrecision ?? r.DatePrecision) : null, r.Approximate).Format(),
                r.Place, r.GeoPrecision.ToKebab(),
                claims.TryGetValue(r.Id, out var c) && CasualtyLine.Format(c, PopupClaims) is { Length: > 0 } line ? line : null))).ToList();
        return new MarkerCollection(total, Limit, truncated, unlocated, features);
    }

    /// <summary>Located and unlocated events the filter selects: from the (country, type) rollup when the filter is a
    /// country and types (the map as first opened), else counted over the filtered events.</summary>
    public async Task<MapCounts> CountsAsync(EventFilter filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await RollupCounts.LocatedAsync(db, filter, ct) is { } rolled) return new MapCounts(rolled.Located, rolled.Unlocated);
        var groups = await EventQuery.Filtered(db, filter).GroupBy(e => e.PlaceId != null)
            .Select(g => new { Located = g.Key, Count = g.Count() }).ToListAsync(ct);
        return new MapCounts(groups.Where(g => g.Located).Sum(g => g.Count), groups.Where(g => !g.Located).Sum(g => g.Count));
    }

    /// <summary>
    /// The time slider's span and density: located events per start day, bucketed. For a filter of types alone, the
    /// (day, type) rollup's events per start day less the unlocated ones (read through the place index, so the cost is
    /// the number of days plus the number of events without a place); otherwise one GROUP BY over the filtered events.
    /// </summary>
    public async Task<DensityStrip?> DensityAsync(EventFilter filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var located = EventQuery.Filtered(db, filter).Where(e => e.PlaceId != null);
        if (RollupCounts.ByDay(filter))
        {
            var all = await RollupCounts.Days(db, filter).GroupBy(d => d.StartDate)
                .Select(g => new { Day = g.Key, Count = g.Sum(d => d.Count), Last = g.Max(d => d.LastDate) }).ToListAsync(ct);
            var unlocated = (await EventQuery.Filtered(db, filter).Where(e => e.PlaceId == null).GroupBy(e => e.StartDate)
                .Select(g => new { Day = g.Key, Count = g.Count() }).ToListAsync(ct)).ToDictionary(u => u.Day, u => u.Count);
            var rolled = all.Select(d => new { d.Day, Count = d.Count - unlocated.GetValueOrDefault(d.Day), d.Last }).Where(d => d.Count > 0).ToList();
            if (rolled.Count == 0) return null;
            // The span ends on the last day a located event covers. The latest-ending start day says so unless it also
            // has unlocated events (which may end later): only then are the located events asked.
            var latest = rolled.MaxBy(d => d.Last)!;
            var lastLocated = rolled.Any(d => d.Last == latest.Last && unlocated.ContainsKey(d.Day))
                ? await located.MaxAsync(e => (LocalDate?)e.LastDate, ct) : latest.Last;
            return DensityStrip.Build(rolled.Select(d => new DayCount(d.Day, d.Count)).ToList(), lastLocated);
        }
        var days = await located.GroupBy(e => e.StartDate)
            .Select(g => new { Day = g.Key, Count = g.Count(), Last = g.Max(e => e.LastDate) }).ToListAsync(ct);
        return days.Count == 0 ? null
            : DensityStrip.Build(days.Select(d => new DayCount(d.Day, d.Count)).ToList(), days.Max(d => d.Last));
    }

    private static IQueryable<Event> Within(IQueryable<Event> q, BoundingBox? box)
    {
        if (box is null) return q;
        q = q.Where(e => e.Place!.Latitude >= box.South && e.Place.Latitude <= box.North);
        return box.CrossesAntimeridian
            ? q.Where(e => e.Place!.Longitude >= box.West || e.Place.Longitude <= box.East)
            : q.Where(e => e.Place!.Longitude >= box.West && e.Place.Longitude <= box.East);
    }

    private static async Task<Dictionary<int, List<ClaimDto>>> ClaimsAsync(TimelineDb db, List<int> eventIds, CancellationToken ct)
    {
        if (eventIds.Count == 0) return [];
        var rows = await db.Citations.Where(c => eventIds.Contains(c.EventId))
            .SelectMany(c => c.Claims.Where(k => k.KilledMin != null || k.KilledMax != null || k.Injured != null), (c, k) => new
            {
                c.EventId, c.SortOrder, CitationId = c.Id, ClaimId = k.Id,
                Figures = new ClaimDto(k.Claimant ?? c.Article.Outlet, c.Article.Outlet, k.Qualifier, k.KilledMin, k.KilledMax, k.Injured, null),
            })
            .ToListAsync(ct);
        return rows.OrderBy(r => r.SortOrder).ThenBy(r => r.CitationId).ThenBy(r => r.ClaimId)
            .GroupBy(r => r.EventId).ToDictionary(g => g.Key, g => g.Select(r => r.Figures).ToList());
    }
}
