using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;
using TimelineApp.Dates;
using TimelineApp.Events;

namespace TimelineApp.Timeline;

/// <summary>
/// The timeline's aggregates (density rows, counts per type, totals, the country list) read from the rollup tables,
/// costing the number of (day, type) or (country, type) rows rather than the number of events. Each answers null
/// when the filter cannot be expressed in the rollups (actor, tags, text; a country with a date window), and the
/// caller counts the events instead.
/// </summary>
public static class RollupCounts
{
    /// <summary>Dates and types only: what <see cref="EventDayCount"/> can answer.</summary>
    public static bool ByDay(EventFilter f) => f.Country is null && NoEventDetails(f);

    /// <summary>A country and types without dates: what <see cref="EventCountryCount"/> can answer.</summary>
    public static bool ByCountry(EventFilter f) => f.From is null && f.To is null && NoEventDetails(f);

    private static bool NoEventDetails(EventFilter f) => f.Actor is null && f.Tags.Count == 0 && string.IsNullOrWhiteSpace(f.Text);

    /// <summary>The rows of the days that may overlap the window, as <see cref="EventQuery.Filtered"/> picks events.</summary>
    public static IQueryable<EventDayCount> Days(TimelineDb db, EventFilter f)
    {
        var q = db.EventDayCounts.AsNoTracking().Where(d => d.Count > 0);
        if (f.From is { } from)
        {
            var monthBefore = from.PlusDays(-DurationClass.UpToAMonth.MaxDays()!.Value);
            var yearBefore = from.PlusDays(-DurationClass.UpToAYear.MaxDays()!.Value);
            q = q.Where(d => d.LastDate >= from
                && ((d.DurationClass == DurationClass.UpToAMonth && d.StartDate >= monthBefore)
                    || (d.DurationClass == DurationClass.UpToAYear && d.StartDate >= yearBefore)
                    || d.DurationClass == DurationClass.Longer));
        }
        if (f.To is { } to) q = q.Where(d => d.StartDate <= to);
        if (f.Types.Count > 0) q = q.Where(d => f.Types.Contains(d.TypeId));
        return q;
    }

    public static IQueryable<DayCount> DensityRows(TimelineDb db, EventFilter f) => Days(db, f)
        .GroupBy(d => new { d.StartDate, d.DatePrecision, d.TypeId })
        .Select(g => new DayCount(g.Key.StartDate, g.Key.DatePrecision, g.Key.TypeId, g.Sum(d => d.Count)));

    /// <summary>Published events per type for the filter (its types ignored, as the type chips show every type).
    /// The (country, type) table first: it is the smaller one.</summary>
    public static async Task<List<TypeCount>?> ByTypeAsync(TimelineDb db, EventFilter f, CancellationToken ct)
    {
        f = f with { Types = [] };
        if (ByCountry(f))
            return await Countries(db, f).GroupBy(c => c.TypeId).Select(g => new TypeCount(g.Key, g.Sum(c => c.Count))).ToListAsync(ct);
        if (ByDay(f))
            return await Days(db, f).GroupBy(d => d.TypeId).Select(g => new TypeCount(g.Key, g.Sum(d => d.Count))).ToListAsync(ct);
        return null;
    }

    /// <summary>How many published events match the filter.</summary>
    public static async Task<int?> TotalAsync(TimelineDb db, EventFilter f, CancellationToken ct)
    {
        if (ByCountry(f)) return await Countries(db, f).SumAsync(c => c.Count, ct);
        if (ByDay(f)) return await Days(db, f).SumAsync(d => d.Count, ct);
        return null;
    }

    /// <summary>Published events with a place and without one (<c>""</c>: a place always has a country), for a
    /// filter of a country and types without dates; null for any other filter.</summary>
    public static async Task<(int Located, int Unlocated)?> LocatedAsync(TimelineDb db, EventFilter f, CancellationToken ct)
    {
        if (!ByCountry(f)) return null;
        var rows = await Countries(db, f).GroupBy(c => c.Country == "").Select(g => new { Unlocated = g.Key, Count = g.Sum(c => c.Count) }).ToListAsync(ct);
        return (rows.Where(r => !r.Unlocated).Sum(r => r.Count), rows.Where(r => r.Unlocated).Sum(r => r.Count));
    }

    /// <summary>Countries with published events and how many each has.</summary>
    public static Task<List<OptionCount>> CountryOptionsAsync(TimelineDb db, CancellationToken ct) =>
        Countries(db, EventFilter.None).Where(c => c.Country != "")
            .GroupBy(c => c.Country).Select(g => new OptionCount(g.Key, g.Sum(c => c.Count))).ToListAsync(ct);

    private static IQueryable<EventCountryCount> Countries(TimelineDb db, EventFilter f)
    {
        var q = db.EventCountryCounts.AsNoTracking().Where(c => c.Count > 0);
        if (f.Country is { } country) q = q.Where(c => c.Country == country);
        if (f.Types.Count > 0) q = q.Where(c => f.Types.Contains(c.TypeId));
        return q;
    }
}
