using System.Diagnostics;

namespace TimelineApp.Benchmarks;

/// <summary>Wall-clock median/min/p90 and the process CPU time per run (less disturbed by other processes).</summary>
internal sealed record Timing(double MedianMs, double MinMs, double P90Ms, double CpuMs)
{
    public static Timing Of(List<double> times, double cpuMs)
    {
        times.Sort();
        return new Timing(Percentile(times, 0.5), times[0], Percentile(times, 0.9), cpuMs / times.Count);
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
        double appCpu = 0, rawCpu = 0;
        for (var i = 0; i < runs; i++)
        {
            appCpu += await TimeAsync(app, appTimes);
            if (raw is not null) rawCpu += await TimeAsync(raw, rawTimes);
        }
        return (Timing.Of(appTimes, appCpu), raw is null ? null : Timing.Of(rawTimes, rawCpu));
    }

    /// <summary>Adds the wall-clock time to the list; returns the process CPU time used.</summary>
    private static async Task<double> TimeAsync(Func<Task> op, List<double> times)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        await op();
        times.Add(sw.Elapsed.TotalMilliseconds);
        process.Refresh();
        return (process.TotalProcessorTime - cpu).TotalMilliseconds;
    }
}
