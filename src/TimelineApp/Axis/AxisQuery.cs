using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using TimelineApp.Data;
using TimelineApp.Dates;
using TimelineApp.Events;

namespace TimelineApp.Axis;

/// <summary>
/// The axis's read: one GROUP BY (lane, first and last bucket of days) in the database counts the window, then only lanes sparse
/// enough to draw event by event are read as marks; the others come back as counted clusters. So what the browser
/// receives is bounded by the drawing's width and <see cref="MaxMarks"/>, however many events the table holds.
/// </summary>
public static class AxisQuery
{
    /// <summary><see cref="Count"/> events of a lane that start in bucket <see cref="First"/> and end in <see cref="Last"/>.</summary>
    public sealed record BucketSpan(string Lane, int First, int Last, int Count);

    public const int MaxMarks = 3000, MaxLanes = 12;
    /// <summary>About how many pixels one cluster bucket takes; the bucket is the next power of two days.</summary>
    public const int ClusterPixels = 16;
    public const string OtherLane = "*";

    public static async Task<AxisResult> LoadAsync(TimelineDb db, AxisRequest request, CancellationToken ct = default)
    {
        var types = await db.EventTypes.AsNoTracking().ToDictionaryAsync(t => t.Id, ct);
        var window = await WindowAsync(db, request.Filter, ct);
        if (window is not var (from, to)) return new AxisResult(null, null, 1, 0, [], [], []);
        var filter = request.Filter with { From = from, To = to };
        var bucketDays = BucketDays(from, to, request.Width);
        var rows = LaneRows.For(db, filter, request.Lanes);

        // One row per (lane, first bucket, last bucket): a long event is counted in every bucket it overlaps.
        var spans = await rows
            .GroupBy(x => new
            {
                x.Lane,
                First = (int)((SqlDates.JulianDay(x.Event.StartDate) - SqlDates.DayNumberOffset) / bucketDays),
                Last = (int)((SqlDates.JulianDay(x.Event.LastDate) - SqlDates.DayNumberOffset) / bucketDays),
            })
            .Select(g => new BucketSpan(g.Key.Lane, g.Key.First, g.Key.Last, g.Count())).ToListAsync(ct);
        var counts = Overlaps(spans, SqlDates.DayNumber(from) / bucketDays, SqlDates.DayNumber(to) / bucketDays);

        var byLane = spans.GroupBy(c => c.Lane).ToDictionary(g => g.Key, g => g.Sum(c => c.Count));
        var top = LaneRows.Order(byLane, request.Lanes, types).Take(MaxLanes).ToHashSet();
        string Key(string lane) => top.Contains(lane) ? lane : OtherLane;
        var laneTotals = byLane.GroupBy(kv => Key(kv.Key)).ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value));
        var ordered = LaneRows.Order(byLane, request.Lanes, types).Where(top.Contains).ToList();
        if (laneTotals.ContainsKey(OtherLane)) ordered.Add(OtherLane);

        var clustered = ChooseClustered(laneTotals, request.Width);
        var lanes = ordered.Select(k => new AxisLane(k, LaneRows.Label(k, request.Lanes, types),
            request.Lanes == LaneKind.Type ? types.GetValueOrDefault(k)?.Color : null, laneTotals[k], clustered.Contains(k))).ToList();

        var clusters = counts.Where(c => clustered.Contains(Key(c.Lane)))
            .GroupBy(c => (Lane: Key(c.Lane), c.Bucket))
            .Select(g => new AxisCluster(g.Key.Lane, Iso(SqlDates.FromDayNumber((long)g.Key.Bucket * bucketDays)),
                Iso(SqlDates.FromDayNumber((long)(g.Key.Bucket + 1) * bucketDays - 1)), g.Sum(c => c.Count)))
            .OrderBy(c => c.Lane, StringComparer.Ordinal).ThenBy(c => c.Start, StringComparer.Ordinal).ToList();

        var marks = await MarksAsync(rows, ordered.Where(k => !clustered.Contains(k)).ToList(), top, types, Key, ct);
        var total = request.Lanes == LaneKind.Type ? byLane.Values.Sum() : await EventQuery.Filtered(db, filter).CountAsync(ct);
        return new AxisResult(Iso(from), Iso(to), bucketDays, total, lanes, marks, clusters);
    }

    /// <summary>How many events of each lane overlap each bucket of the window (first..last bucket, inclusive).</summary>
    public static List<(string Lane, int Bucket, int Count)> Overlaps(IEnumerable<BucketSpan> spans, int first, int last)
    {
        var counts = new Dictionary<(string Lane, int Bucket), int>();
        foreach (var s in spans)
            for (var b = Math.Max(first, s.First); b <= Math.Min(last, Math.Max(s.First, s.Last)); b++)
                counts[(s.Lane, b)] = counts.GetValueOrDefault((s.Lane, b)) + s.Count;
        return counts.Select(kv => (kv.Key.Lane, kv.Key.Bucket, kv.Value)).ToList();
    }

    /// <summary>The filter's window, or the span of the events it selects when it has none (null: no events).</summary>
    public static async Task<(LocalDate From, LocalDate To)?> WindowAsync(TimelineDb db, EventFilter filter, CancellationToken ct)
    {
        if (filter is { From: { } f, To: { } t }) return (f, t);
        var events = EventQuery.Filtered(db, filter);
        if (!await events.AnyAsync(ct)) return null;
        var from = filter.From ?? await events.MinAsync(e => e.StartDate, ct);
        var to = filter.To ?? await events.MaxAsync(e => e.LastDate, ct);
        return to < from ? (from, from) : (from, to);
    }

    /// <summary>Days per cluster bucket: a power of two, so buckets stay put while the reader pans at one zoom.</summary>
    public static int BucketDays(LocalDate from, LocalDate to, int width)
    {
        var windowDays = SqlDates.DayNumber(to) - SqlDates.DayNumber(from) + 1;
        var wanted = windowDays * (double)ClusterPixels / Math.Max(1, width);
        var days = 1;
        while (days < wanted && days < 1 << 20) days <<= 1;
        return days;
    }

    /// <summary>
    /// Lanes too dense to draw mark by mark: more than one event per five pixels on average, or past the
    /// <see cref="MaxMarks"/> budget once the sparser lanes have taken theirs.
    /// </summary>
    public static HashSet<string> ChooseClustered(IReadOnlyDictionary<string, int> laneTotals, int width)
    {
        var perLane = Math.Max(20, width / 5);
        var clustered = new HashSet<string>(StringComparer.Ordinal);
        var budget = MaxMarks;
        foreach (var (lane, count) in laneTotals.OrderBy(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (count > perLane || count > budget) clustered.Add(lane);
            else budget -= count;
        }
        return clustered;
    }

    private static async Task<List<AxisMark>> MarksAsync(IQueryable<LaneRow> rows, List<string> lanes, HashSet<string> top,
        IReadOnlyDictionary<string, EventType> types, Func<string, string> key, CancellationToken ct)
    {
        if (lanes.Count == 0) return [];
        var named = lanes.Where(l => l != OtherLane).ToList();
        var others = lanes.Contains(OtherLane);
        var topList = top.ToList();
        var found = await rows.Where(x => named.Contains(x.Lane) || (others && !topList.Contains(x.Lane)))
            .OrderBy(x => x.Event.StartDate).ThenBy(x => x.Event.Id).Take(MaxMarks)
            .Select(x => new
            {
                x.Lane, x.Event.Slug, x.Event.Title, x.Event.TypeId, x.Event.StartDate, x.Event.EndDate,
                x.Event.DatePrecision, x.Event.EndDatePrecision, x.Event.Approximate, x.Event.LastDate,
            }).ToListAsync(ct);
        return found.Select(r =>
        {
            var dates = new DateSpan(new PartialDate(r.StartDate, r.DatePrecision),
                r.EndDate is { } end ? new PartialDate(end, r.EndDatePrecision ?? r.DatePrecision) : null, r.Approximate);
            var uncertain = r.Approximate || r.DatePrecision != DatePrecision.Day || (r.EndDate is not null && (r.EndDatePrecision ?? r.DatePrecision) != DatePrecision.Day);
            var kind = r.EndDate is not null ? "bar" : r.DatePrecision == DatePrecision.Day ? "point" : "span";
            return new AxisMark(r.Slug, r.Title, dates.Format(), Iso(r.StartDate), Iso(r.LastDate), kind, uncertain, key(r.Lane), r.TypeId,
                types.GetValueOrDefault(r.TypeId)?.Color);
        }).ToList();
    }

    public static string Iso(LocalDate d) => LocalDatePattern.Iso.Format(d);
}
