using System.Diagnostics;

namespace TimelineApp.Benchmarks;

internal sealed record Timing(double MedianMs, double MinMs, double P90Ms)
{
    public static Timing Of(List<double> times)
    {
        times.Sort();
        return new Timing(Percentile(times, 0.5), times[0], Percentile(times, 0.9));
    }

    private static double Percentile(List<double> sorted, double p)
    {
        var x = p * (sorted.Count - 1);
        var lo = (int)Math.Floor(x);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (x - lo);
    }
}

internal static class Measure
{
    /// <summary>
    /// Warms both operations up, then times them alternately (app, raw, app, raw…) so that noise from
    /// other processes on a shared machine falls on both sides alike.
    /// </summary>
    public static async Task<(Timing App, Timing? Raw)> PairAsync(Func<Task> app, Func<Task>? raw, int warmup, int runs)
    {
        for (var i = 0; i < warmup; i++)
        {
            await app();
            if (raw is not null) await raw();
        }
        var appTimes = new List<double>(runs);
        var rawTimes = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            appTimes.Add(await TimeAsync(app));
            if (raw is not null) rawTimes.Add(await TimeAsync(raw));
        }
        return (Timing.Of(appTimes), raw is null ? null : Timing.Of(rawTimes));
    }

    private static async Task<double> TimeAsync(Func<Task> op)
    {
        var sw = Stopwatch.StartNew();
        await op();
        return sw.Elapsed.TotalMilliseconds;
    }
}
