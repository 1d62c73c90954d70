using NodaTime;

namespace TimelineApp.Map;

public sealed record DensityBucket(LocalDate Start, LocalDate End, int Count);

/// <summary>
/// The filtered span of days and its events counted in equal buckets: the time slider's range and background.
/// Positions on the slider are whole days from <see cref="Start"/>.
/// </summary>
public sealed record DensityStrip(LocalDate Start, LocalDate End, IReadOnlyList<DensityBucket> Buckets)
{
    public const int MaxBuckets = 60;

    public int Days => Period.DaysBetween(Start, End);
    public int Busiest => Buckets.Count == 0 ? 0 : Buckets.Max(b => b.Count);

    /// <summary>
    /// Buckets the events per start day over the span from the first start day to <paramref name="lastDay"/>
    /// (the last day any of them covers; never before the last start day). Null when there are no days.
    /// </summary>
    public static DensityStrip? Build(IReadOnlyList<DayCount> days, LocalDate? lastDay = null, int maxBuckets = MaxBuckets)
    {
        if (days.Count == 0) return null;
        var start = days.Min(d => d.Day);
        var end = days.Max(d => d.Day);
        if (lastDay > end) end = lastDay.Value;
        var width = (Period.DaysBetween(start, end) + 1 + maxBuckets - 1) / maxBuckets;
        var counts = new int[(Period.DaysBetween(start, end) / width) + 1];
        foreach (var d in days) counts[Period.DaysBetween(start, d.Day) / width] += d.Count;
        var buckets = counts.Select((n, i) => new DensityBucket(start.PlusDays(i * width), Min(start.PlusDays(i * width + width - 1), end), n)).ToList();
        return new DensityStrip(start, end, buckets);
    }

    public int PositionOf(LocalDate date) => Math.Clamp(Period.DaysBetween(Start, date), 0, Days);

    public LocalDate DateAt(int position) => Start.PlusDays(Math.Clamp(position, 0, Days));

    /// <summary>
    /// The next window of a playing animation: the same width, moved on by half its width, stopping at the end
    /// (null once the end is shown). From the whole span it starts over with an eighth of the span.
    /// </summary>
    public (int Start, int End)? NextPlayWindow(int start, int end)
    {
        if (Days == 0) return null;
        var width = end - start;
        if (width >= Days) return (0, Math.Max(1, Days / 8));
        if (end >= Days) return null;
        var next = Math.Min(start + Math.Max(1, (width + 1) / 2), Days - width);
        return (next, next + width);
    }

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;
}
