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

    public async Task<MapCounts> CountsAsync(EventFilter filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var groups = await EventQuery.Filtered(db, filter).GroupBy(e => e.PlaceId != null)
            .Select(g => new { Located = g.Key, Count = g.Count() }).ToListAsync(ct);
        return new MapCounts(groups.Where(g => g.Located).Sum(g => g.Count), groups.Where(g => !g.Located).Sum(g => g.Count));
    }

    /// <summary>The time slider's span and density: located events per start day (one GROUP BY), bucketed.</summary>
    public async Task<DensityStrip?> DensityAsync(EventFilter filter, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var located = EventQuery.Filtered(db, filter).Where(e => e.PlaceId != null);
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
