using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TimelineApp.LoadTest;

/// <summary>
/// <c>--wrk --events N</c>: a database of N generated events (made once, kept under artifacts/load/), a Release build of the
/// app with the rate limit lifted, and <c>wrk -t2 -c200 -d10s --latency</c> against a static file and every reader page
/// and endpoint, one after the other, on loopback. Writes a markdown table (req/s, ratio to the static file, p50, p99, errors).
/// </summary>
internal static partial class WrkRun
{
    public static async Task<int> RunAsync(string repoRoot, int events, int seconds, string? output)
    {
        var db = await DatabaseAsync(repoRoot, events);
        var work = Directory.CreateTempSubdirectory("timeline-wrk-").FullName;
        var copy = Path.Combine(work, "timeline.db");
        File.Copy(db, copy);
        var load = Load();
        var cold = Stopwatch.StartNew();
        await using var app = await AppProcess.StartAsync(copy, new Dictionary<string, string> { ["RateLimits__ApiPerMinute"] = "100000000" }, configuration: "Release", echo: true);
        var startMs = cold.ElapsedMilliseconds;
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromMinutes(5) }; // a cold first request at 1M may be slow: measured, not failed
        var first = Stopwatch.StartNew();
        (await http.GetAsync("/")).EnsureSuccessStatusCode();
        var firstMs = first.ElapsedMilliseconds;
        first.Restart();
        (await http.GetAsync("/?from=2016-03-01&to=2016-03-31")).EnsureSuccessStatusCode();
        var firstMonthMs = first.ElapsedMilliseconds;
        using var sample = JsonDocument.Parse(await http.GetStringAsync("/api/events?from=2016-03&to=2016-03&pageSize=1"));
        var item = sample.RootElement.GetProperty("items")[0];
        var slug = item.GetProperty("slug").GetString()!;
        var sourceId = await FirstSourceIdAsync(http);
        (string Name, string Path)[] targets =
        [
            ("static file", "/favicon.svg"),
            ("timeline `/`", "/"),
            ("timeline, one month", "/?from=2016-03-01&to=2016-03-31"),
            ("timeline, type + country", "/?type=airstrike&country=SY"),
            ("event page", "/events/" + slug),
            ("map page", "/map"),
            ("source page", $"/sources/{sourceId}"),
            ("API `/api/events`, one month", "/api/events?from=2016-03&to=2016-03"),
            ("API `/api/map/features`, one year", "/api/map/features?from=2016&to=2016"),
            ("CSV export, one month", "/export/events.csv?from=2016-03&to=2016-03"),
            ("embed timeline", "/embed/timeline"),
            (Identity + "API `/api/map/features`, one year", "/api/map/features?from=2016&to=2016"),
            (Identity + "CSV export, one month", "/export/events.csv?from=2016-03&to=2016-03"),
        ];
        var rows = new List<(string Name, string Path, Wrk Result)>();
        foreach (var (name, path) in targets)
        {
            var compressed = !name.StartsWith(Identity, StringComparison.Ordinal);
            using var warm = new HttpRequestMessage(HttpMethod.Get, path);
            if (compressed) warm.Headers.TryAddWithoutValidation("Accept-Encoding", AcceptEncoding);
            (await http.SendAsync(warm)).EnsureSuccessStatusCode(); // warm, and fail early on a broken page
            rows.Add((name, path, await WrkAsync(app.BaseUrl + path, seconds, compressed)));
            Console.WriteLine($"{name}: {rows[^1].Result.RequestsPerSecond:F0} req/s");
        }
        var baseline = rows[0].Result.RequestsPerSecond;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"### {events:N0} events ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"`wrk -t2 -c200 -d{seconds}s --latency -H 'Accept-Encoding: {AcceptEncoding}'` (as a browser sends; rows marked {Identity.Trim()} without it), one target after the other; {Environment.ProcessorCount} cores; load average before {load}, after {Load()}. Start-up {startMs} ms; first `GET /` after start {firstMs} ms; then the first one-month page {firstMonthMs} ms.");
        text.AppendLine();
        text.AppendLine("| what | path | req/s | vs static | p50 ms | p99 ms | errors |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var (name, path, r) in rows)
            text.AppendLine(CultureInfo.InvariantCulture, $"| {name} | `{path}` | {r.RequestsPerSecond:N0} | {100 * r.RequestsPerSecond / baseline:F0} % | {r.P50Ms:F1} | {r.P99Ms:F1} | {r.Errors} |");
        Console.WriteLine(text);
        if (output is not null) await File.AppendAllTextAsync(output, text + Environment.NewLine);
        Directory.Delete(work, true);
        return 0;
    }

    private static async Task<int> FirstSourceIdAsync(HttpClient http)
    {
        var html = await http.GetStringAsync("/sources");
        var match = SourceLink().Match(html);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 1;
    }

    /// <summary>The generated database for N events, made with the app's own generate verb the first time.</summary>
    private static async Task<string> DatabaseAsync(string repoRoot, int events)
    {
        var folder = Path.Combine(repoRoot, "artifacts", "load");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"events-{events}.db");
        if (File.Exists(path)) return path;
        var partial = path + ".partial";
        foreach (var f in Directory.GetFiles(folder, Path.GetFileName(partial) + "*")) File.Delete(f);
        Console.WriteLine($"Generating {events:N0} events into {path} (once)…");
        var psi = new ProcessStartInfo(Path.Combine(repoRoot, "src/TimelineApp/bin/Release/net10.0/TimelineApp"), ["generate", events.ToString(CultureInfo.InvariantCulture)])
        { WorkingDirectory = repoRoot };
        psi.Environment["ConnectionStrings__Timeline"] = $"Data Source={partial}";
        using var p = Process.Start(psi)!;
        await p.WaitForExitAsync();
        if (p.ExitCode != 0) throw new InvalidOperationException($"generate exited with {p.ExitCode}");
        File.Move(partial, path);
        return path;
    }

    /// <summary>What wrk sends, as a browser does: readers' answers come compressed from the cache.</summary>
    private const string AcceptEncoding = "gzip, br";

    /// <summary>Rows measured without Accept-Encoding (uncompressed), for comparison.</summary>
    private const string Identity = "uncompressed: ";

    private sealed record Wrk(double RequestsPerSecond, double P50Ms, double P99Ms, long Errors);

    private static async Task<Wrk> WrkAsync(string url, int seconds, bool compressed)
    {
        List<string> args = ["-t2", "-c200", $"-d{seconds}s", "--latency", "--timeout", "5s"];
        if (compressed) args.AddRange(["-H", "Accept-Encoding: " + AcceptEncoding]);
        var psi = new ProcessStartInfo("/usr/bin/wrk", [.. args, url]) { RedirectStandardOutput = true };
        using var p = Process.Start(psi)!;
        var text = await p.StandardOutput.ReadToEndAsync();
        await p.WaitForExitAsync();
        double Ms(string pct)
        {
            var m = Regex.Match(text, $@"^\s*{pct}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
            if (!m.Success) return double.NaN;
            var v = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            return m.Groups[2].Value switch { "us" => v / 1000, "s" => v * 1000, _ => v };
        }
        var rps = Regex.Match(text, @"Requests/sec:\s+([\d.]+)");
        long errors = 0;
        foreach (Match m in Regex.Matches(text, @"Non-2xx or 3xx responses: (\d+)|Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)"))
            for (var g = 1; g < m.Groups.Count; g++) if (m.Groups[g].Success) errors += long.Parse(m.Groups[g].Value, CultureInfo.InvariantCulture);
        return new Wrk(rps.Success ? double.Parse(rps.Groups[1].Value, CultureInfo.InvariantCulture) : 0, Ms("50"), Ms("99"), errors);
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    [GeneratedRegex(@"href=""/?sources/(\d+)""")]
    private static partial Regex SourceLink();
}
