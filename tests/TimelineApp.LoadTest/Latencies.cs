using System.Collections.Concurrent;

namespace TimelineApp.LoadTest;

/// <summary>Latencies and outcomes per request kind.</summary>
internal sealed class Latencies
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _ms = new();
    private readonly ConcurrentDictionary<string, int> _errors = new();

    public void Record(string kind, double ms, bool ok)
    {
        _ms.GetOrAdd(kind, _ => []).Add(ms);
        if (!ok) _errors.AddOrUpdate(kind, 1, (_, n) => n + 1);
    }

    public int TotalErrors => _errors.Values.Sum();

    public string ToMarkdown(double seconds)
    {
        var lines = new List<string>
        {
            "| request | count | req/s | p50 ms | p95 ms | p99 ms | max ms | errors |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        };
        foreach (var (kind, bag) in _ms.OrderBy(k => k.Key))
        {
            var sorted = bag.Order().ToArray();
            lines.Add($"| {kind} | {sorted.Length} | {sorted.Length / seconds:F0} | {P(sorted, .50):F1} | {P(sorted, .95):F1} | {P(sorted, .99):F1} | {sorted[^1]:F1} | {_errors.GetValueOrDefault(kind)} |");
        }
        return string.Join(Environment.NewLine, lines);
    }

    private static double P(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
}
