using System.Globalization;
using System.Text;

namespace TimelineApp.Benchmarks;

internal sealed record Row(int Size, string Query, Timing App, Timing? Raw, int Rows, bool Same);

internal sealed record MemoryRow(int Size, double WorkingSetMb, double GcHeapMb, double DatabaseMb, double? GeneratedSeconds, double FirstRenderMs, double StartMs);

/// <summary>The Markdown the harness prints and writes to docs/benchmarks.md.</summary>
internal static class Report
{
    private static string Ms(double v) => v.ToString(v < 10 ? "F2" : "F1", CultureInfo.InvariantCulture);

    public static string Build(BenchOptions o, List<Row> rows, List<MemoryRow> memory, string environment, IReadOnlyList<string> notes)
    {
        var sb = new StringBuilder();
        sb.AppendLine("# Benchmarks").AppendLine();
        sb.AppendLine("Reproduce with one command (databases are generated once and cached under `artifacts/benchmarks/`):").AppendLine();
        sb.AppendLine($"    dotnet run -c Release --project tests/TimelineApp.Benchmarks -- --sizes {string.Join(',', o.Sizes)}").AppendLine();
        sb.AppendLine($"{environment} Each figure is the median of {o.Runs} runs after {o.Warmup} warm-up runs; *raw* is hand-written SQL through " +
            "Microsoft.Data.Sqlite returning the same rows (the floor); targets: app/raw ≤ 3×, windowed queries flat (≤ 2×) from the smallest to the largest size.").AppendLine();
        sb.AppendLine("| Events | Query | App median ms | Raw median ms | App/raw | App min ms | Raw min ms | App/raw (min) | App CPU ms | Raw CPU ms | App p90 ms | Rows | Same rows |");
        sb.AppendLine("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---:|");
        foreach (var r in rows)
        {
            var ratio = r.Raw is { } raw ? (r.App.MedianMs / raw.MedianMs).ToString("F2", CultureInfo.InvariantCulture) + "×" : "–";
            var minRatio = r.Raw is { } rawMin ? (r.App.MinMs / rawMin.MinMs).ToString("F2", CultureInfo.InvariantCulture) + "×" : "–";
            sb.AppendLine($"| {r.Size:N0} | {r.Query} | {Ms(r.App.MedianMs)} | {(r.Raw is { } x ? Ms(x.MedianMs) : "–")} | {ratio} | {Ms(r.App.MinMs)} | {(r.Raw is { } y ? Ms(y.MinMs) : "–")} | {minRatio} | {Ms(r.App.CpuMs)} | {(r.Raw is { } z ? Ms(z.CpuMs) : "–")} | {Ms(r.App.P90Ms)} | {r.Rows:N0} | {(r.Same ? "yes" : "**no**")} |");
        }
        var sizes = rows.Select(r => r.Size).Distinct().Order().ToList();
        if (sizes.Count > 1)
        {
            sb.AppendLine().AppendLine($"Flatness (app median at {sizes[^1]:N0} ÷ at {sizes[0]:N0} events):").AppendLine();
            sb.AppendLine("| Query | " + string.Join(" | ", sizes.Select(s => $"{s:N0} ms")) + " | Ratio | Rows grew | µs per row |");
            sb.AppendLine("|---|" + string.Concat(sizes.Select(_ => "---:|")) + "---:|---:|---|");
            foreach (var q in rows.Select(r => r.Query).Distinct())
            {
                var bySize = sizes.Select(s => rows.Single(r => r.Size == s && r.Query == q)).ToList();
                var (first, last) = (bySize[0], bySize[^1]);
                var grew = first.Rows > 0 ? ((double)last.Rows / first.Rows).ToString("F0", CultureInfo.InvariantCulture) + "×" : "–";
                var perRow = first.Rows > 0 && last.Rows > 0
                    ? string.Join(" → ", bySize.Select(r => (1000 * r.App.MedianMs / r.Rows).ToString("F1", CultureInfo.InvariantCulture))) : "–";
                sb.AppendLine($"| {q} | {string.Join(" | ", bySize.Select(r => Ms(r.App.MedianMs)))} | {(last.App.MedianMs / first.App.MedianMs).ToString("F2", CultureInfo.InvariantCulture)}× | {grew} | {perRow} |");
            }
        }
        sb.AppendLine().AppendLine("Memory of the process while serving (after the queries above and 50 requests; GC collected first):").AppendLine();
        sb.AppendLine("| Events | Working set MB | GC heap MB | Database file MB | Start-up ms | First GET / after start ms | Generation s |");
        sb.AppendLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var m in memory)
            sb.AppendLine($"| {m.Size:N0} | {m.WorkingSetMb:F0} | {m.GcHeapMb:F1} | {m.DatabaseMb:F0} | {m.StartMs:F0} | {m.FirstRenderMs:F0} | {(m.GeneratedSeconds is { } g ? g.ToString("F1", CultureInfo.InvariantCulture) : "cached")} |");
        sb.AppendLine().AppendLine("Reading the figures:").AppendLine();
        sb.AppendLine("- The generated events are spread evenly over 20 years, so a month or a year holds 100× more events at 1M than at 10k. " +
            "The timeline and search rows return one page (50) plus the total; the map row returns every marker of the year, so its cost grows with " +
            "the rows it returns and its flatness is the per-row cost.");
        sb.AppendLine("- Window queries test overlap (an event counts if it ends on or after the first day and starts on or before the last); " +
            "Events.DurationClass bounds how early an overlapping event can start, so both app and raw SQL read index ranges near the window.");
        sb.AppendLine("- `GET /` renders the home page, which shows the first page of all published events with their total: the total is a " +
            "count over every published event, the one cost here that grows with the table.");
        sb.AppendLine("- Memory is the whole benchmark process (app, harness, SQLite page caches); the table is never loaded whole.");
        if (notes.Count > 0)
        {
            sb.AppendLine().AppendLine("Query plans (EXPLAIN QUERY PLAN, largest size):").AppendLine();
            foreach (var n in notes) sb.AppendLine("- " + n);
        }
        return sb.ToString();
    }
}
