using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;

namespace TimelineApp.Capture;

/// <summary><c>verify-captures</c> (recompute every stored hash) and <c>check-sources</c> (one link check now).</summary>
public static class CaptureVerbs
{
    public const string VerifyUsage = "verify-captures             recompute the SHA-256 of every preserved copy; exit 1 naming each source whose bytes changed";
    public const string CheckUsage = "check-sources               re-fetch every source's address once and class it live, changed, moved or gone";

    public static async Task<int> VerifyAsync(WebApplication app, string[] args)
    {
        var dbFactory = app.Services.GetRequiredService<IDbContextFactory<TimelineDb>>();
        var problems = await FindAlteredAsync(dbFactory, CancellationToken.None);
        foreach (var p in problems) await Console.Error.WriteLineAsync(p);
        await Console.Out.WriteLineAsync(problems.Count == 0 ? "Every preserved copy matches its hash." : $"{problems.Count} preserved cop{(problems.Count == 1 ? "y has" : "ies have")} changed.");
        return problems.Count == 0 ? 0 : 1;
    }

    /// <summary>One line per capture whose bytes no longer hash (or measure) to what was recorded when it was taken.</summary>
    public static async Task<IReadOnlyList<string>> FindAlteredAsync(IDbContextFactory<TimelineDb> dbFactory, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ids = await db.SourceCaptures.OrderBy(c => c.ArticleId).ThenBy(c => c.Number).Select(c => c.Id).ToListAsync(ct);
        var problems = new List<string>();
        foreach (var id in ids)
        {
            // One capture's bytes in memory at a time, however many there are.
            var c = await db.SourceCaptures.AsNoTracking().Where(x => x.Id == id)
                .Select(x => new { x.ArticleId, x.Number, x.Sha256, x.Length, x.Content }).SingleAsync(ct);
            var now = CaptureStore.Sha256Hex(c.Content);
            if (now == c.Sha256 && c.Content.LongLength == c.Length) continue;
            var headline = await db.Articles.Where(a => a.Id == c.ArticleId).Select(a => a.Headline).SingleAsync(ct);
            problems.Add($"Source {c.ArticleId} (\"{headline}\"), capture {c.Number}: recorded SHA-256 {c.Sha256} ({c.Length} bytes), " +
                $"stored bytes now hash to {now} ({c.Content.LongLength} bytes).");
        }
        return problems;
    }

    public static async Task<int> CheckAsync(WebApplication app, string[] args)
    {
        var summary = await app.Services.GetRequiredService<LinkChecker>().CheckAllAsync();
        await Console.Out.WriteLineAsync($"Checked {summary.Checked} source addresses: {summary.Live} live, {summary.Changed} changed, {summary.Moved} moved, {summary.Gone} gone.");
        return 0;
    }
}
