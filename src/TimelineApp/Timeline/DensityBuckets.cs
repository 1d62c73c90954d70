using System.Globalization;
using NodaTime;
using TimelineApp.Dates;

namespace TimelineApp.Timeline;

public enum BucketUnit { Day, Week, Month, Year }

/// <summary>How many events of one type start on a day known to a day, month or year (one row of the GROUP BY).</summary>
public sealed record DayCount(LocalDate Start, DatePrecision Precision, string Type, int Count);

/// <summary>One column of the density chart: a calendar period and its events per type.</summary>
public sealed record Bucket(LocalDate Start, LocalDate End, string Label, IReadOnlyDictionary<string, int> ByType)
{
    public int Total => ByType.Values.Sum();
}

public sealed record Density(BucketUnit Unit, IReadOnlyList<Bucket> Buckets, int Undrawn);

/// <summary>
/// Turns per-day counts into chart columns. The column width follows the visible span. An event is drawn in
/// the column of its start only when its date is at least as precise as a column, so "2014" is never drawn
/// as if it happened in January; an event spanning several days is drawn on its first.
/// </summary>
public static class DensityBuckets
{
    public const int MaxYears = 300;

    public static BucketUnit UnitFor(LocalDate from, LocalDate to)
    {
        var days = Period.Between(from, to, PeriodUnits.Days).Days + 1;
        return days switch { <= 62 => BucketUnit.Day, <= 366 => BucketUnit.Week, <= 3660 => BucketUnit.Month, _ => BucketUnit.Year };
    }

    public static LocalDate StartOf(LocalDate d, BucketUnit unit) => unit switch
    {
        BucketUnit.Day => d,
        BucketUnit.Week => d.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)),
        BucketUnit.Month => d.With(DateAdjusters.StartOfMonth),
        _ => new LocalDate(d.Year, 1, 1),
    };

    public static LocalDate EndOf(LocalDate start, BucketUnit unit) => unit switch
    {
        BucketUnit.Day => start,
        BucketUnit.Week => start.PlusDays(6),
        BucketUnit.Month => start.With(DateAdjusters.EndOfMonth),
        _ => new LocalDate(start.Year, 12, 31),
    };

    public static string Label(LocalDate start, BucketUnit unit) => unit switch
    {
        BucketUnit.Day => PartialDate.Day(start.Year, start.Month, start.Day).Format(),
        BucketUnit.Week => "Week of " + PartialDate.Day(start.Year, start.Month, start.Day).Format(),
        BucketUnit.Month => PartialDate.Month(start.Year, start.Month).Format(),
        _ => PartialDate.Year(start.Year).Format(),
    };

    /// <summary>
    /// Columns covering <paramref name="from"/>..<paramref name="to"/> (or the rows' own span when null),
    /// empty periods included so the gaps show.
    /// </summary>
    public static Density Build(IReadOnlyCollection<DayCount> rows, LocalDate? from = null, LocalDate? to = null)
    {
        if (rows.Count == 0 && (from is null || to is null)) return new Density(BucketUnit.Month, [], 0);
        var spanFrom = from ?? rows.Min(r => r.Start);
        var spanTo = to ?? rows.Max(r => r.Start);
        if (spanTo.Year - spanFrom.Year > MaxYears && rows.Count > 0)
        {
            // A window like 0001..9999 would draw thousands of empty years: clip it to the events in it.
            spanFrom = Max(spanFrom, rows.Min(r => r.Start));
            spanTo = Min(spanTo, rows.Max(r => r.Start));
        }
        if (spanTo < spanFrom) spanTo = spanFrom;
        var unit = UnitFor(spanFrom, spanTo);

        var counts = new SortedDictionary<LocalDate, Dictionary<string, int>>();
        for (var s = StartOf(spanFrom, unit); s <= spanTo; s = EndOf(s, unit).PlusDays(1)) counts[s] = [];
        var undrawn = 0;
        foreach (var r in rows)
        {
            if (!Fits(r.Precision, unit) || !counts.TryGetValue(StartOf(r.Start, unit), out var byType)) { undrawn += r.Count; continue; }
            byType[r.Type] = byType.GetValueOrDefault(r.Type) + r.Count;
        }
        var buckets = counts.Select(kv => new Bucket(kv.Key, EndOf(kv.Key, unit), Label(kv.Key, unit), kv.Value)).ToList();
        return new Density(unit, buckets, undrawn);
    }

    /// <summary>Whether a date of this precision belongs to one column of this width ("Feb 2015" to a month, not a day).</summary>
    public static bool Fits(DatePrecision precision, BucketUnit unit) => precision switch
    {
        DatePrecision.Day => true,
        DatePrecision.Month => unit is BucketUnit.Month or BucketUnit.Year,
        _ => unit == BucketUnit.Year,
    };

    /// <summary>
    /// Short axis labels, one per column, blank for most: at most about <paramref name="maxLabels"/> so they
    /// fit a phone's width ("2014" at each January for long spans, "16 Feb" for days and weeks).
    /// </summary>
    public static IReadOnlyList<string> AxisLabels(Density density, int maxLabels = 4)
    {
        var buckets = density.Buckets;
        var labels = new string[buckets.Count];
        if (buckets.Count == 0) return labels;
        var step = Math.Max(1, (int)Math.Ceiling(buckets.Count / (double)maxLabels));
        if (density.Unit == BucketUnit.Month && buckets.Count > 18)
        {
            var januaries = buckets.Select((b, i) => (b, i)).Where(x => x.b.Start.Month == 1).ToList();
            var yearStep = Math.Max(1, (int)Math.Ceiling(januaries.Count / (double)maxLabels));
            foreach (var (b, i) in januaries.Where((_, k) => k % yearStep == 0)) labels[i] = b.Start.Year.ToString(CultureInfo.InvariantCulture);
            return labels.Select(l => l ?? "").ToList();
        }
        for (var i = 0; i < buckets.Count; i++)
        {
            var start = buckets[i].Start;
            labels[i] = i % step != 0 ? "" : density.Unit switch
            {
                BucketUnit.Year => start.Year.ToString(CultureInfo.InvariantCulture),
                BucketUnit.Month => start.Month == 1 || i == 0 ? PartialDate.Month(start.Year, start.Month).Format() : PartialDate.Month(start.Year, start.Month).Format()[..3],
                _ => $"{start.Day} {PartialDate.Month(start.Year, start.Month).Format()[..3]}",
            };
        }
        return labels;
    }

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;
    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;
}
