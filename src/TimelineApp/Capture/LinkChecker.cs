using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TimelineApp.Data;

namespace TimelineApp.Capture;

public sealed record LinkCheckSummary(int Checked, int Live, int Changed, int Moved, int Gone);

/// <summary>
/// Re-fetches every source's address, at most two at a time per host with a pause between a host's requests, and
/// backs off when a site asks (429, 503). Classes each: gone (404, 410, no such host, or failing twice in a row),
/// moved (a permanent redirect), changed (its text differs from the first capture; a new text is captured, so
/// every version is kept), else live.
/// </summary>
public sealed class LinkChecker(IDbContextFactory<TimelineDb> dbFactory, SafeFetcher fetcher, CaptureStore store,
    IOptions<CaptureOptions> options, ILogger<LinkChecker> log)
{
    public const string CheckerName = "link check";
    private const int PerHost = 2, RepeatedFailures = 2, Retries = 2;

    public async Task<LinkCheckSummary> CheckAllAsync(CancellationToken ct = default)
    {
        List<(int Id, string Url)> sources;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            sources = (await db.Articles.AsNoTracking().Where(a => !a.IsArchived && a.Url != null).OrderBy(a => a.Id)
                .Select(a => new { a.Id, a.Url }).ToListAsync(ct)).Select(a => (a.Id, a.Url!)).ToList();
        }
        var hosts = new ConcurrentDictionary<string, SemaphoreSlim>(StringComparer.OrdinalIgnoreCase);
        var results = new ConcurrentBag<LinkStatus>();
        await Parallel.ForEachAsync(sources, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = ct }, async (s, token) =>
        {
            if (!Uri.TryCreate(s.Url, UriKind.Absolute, out var uri)) return;
            var gate = hosts.GetOrAdd(uri.Host, _ => new SemaphoreSlim(PerHost));
            await gate.WaitAsync(token);
            try
            {
                results.Add(await CheckAsync(s.Id, uri, token));
                await Task.Delay(TimeSpan.FromSeconds(options.Value.LinkCheckHostDelaySeconds), token);
            }
            finally
            {
                gate.Release();
            }
        });
        return new LinkCheckSummary(results.Count, results.Count(r => r == LinkStatus.Live), results.Count(r => r == LinkStatus.Changed),
            results.Count(r => r == LinkStatus.Moved), results.Count(r => r == LinkStatus.Gone));
    }

    public async Task<LinkStatus> CheckAsync(int articleId, Uri url, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var link = await db.SourceLinks.AsNoTracking().SingleOrDefaultAsync(l => l.ArticleId == articleId, ct);
        var captures = db.SourceCaptures.Where(c => c.ArticleId == articleId);
        var first = await captures.OrderBy(c => c.Number).Select(c => c.ExtractedText).FirstOrDefaultAsync(ct);
        var last = await captures.OrderByDescending(c => c.Number).Select(c => c.ExtractedText).FirstOrDefaultAsync(ct);
        FetchResult fetched;
        try
        {
            fetched = await FetchPolitelyAsync(url, ct);
        }
        catch (CaptureRefusedException ex) when (ex.Kind == CaptureFailure.NotFound)
        {
            return await SetAsync(articleId, LinkStatus.Gone, 0, null, ex.Message, ct);
        }
        catch (CaptureRefusedException ex)
        {
            return await FailedAsync(articleId, link, ex.Message, ct);
        }
        if (fetched.Status is 404 or 410) return await SetAsync(articleId, LinkStatus.Gone, 0, null, $"HTTP {fetched.Status}.", ct);
        if (!fetched.IsSuccess) return await FailedAsync(articleId, link, $"HTTP {fetched.Status}.", ct);

        ExtractedArticle article;
        try
        {
            article = ArticleExtractor.Extract(fetched.Body, fetched.ContentType, fetched.FinalUrl);
        }
        catch (CaptureRefusedException ex)
        {
            return await FailedAsync(articleId, link, ex.Message, ct);
        }
        if (last is null || !SameText(last, article.Text)) await store.AddAsync(articleId, PendingCapture.From(fetched, article), CheckerName, ct);
        var movedTo = fetched.Redirects.Any(r => r.StartsWith("301 ", StringComparison.Ordinal) || r.StartsWith("308 ", StringComparison.Ordinal))
            ? fetched.FinalUrl.AbsoluteUri : null;
        var status = !SameText(first ?? article.Text, article.Text) ? LinkStatus.Changed : movedTo is not null ? LinkStatus.Moved : LinkStatus.Live;
        return await SetAsync(articleId, status, 0, movedTo, $"HTTP {fetched.Status}.", ct);
    }

    /// <summary>Follows a site's request to slow down (Retry-After, at most 30 s), twice at most, before counting a failure.</summary>
    private async Task<FetchResult> FetchPolitelyAsync(Uri url, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var fetched = await fetcher.FetchAsync(url, ct);
            if (fetched.Status is not (429 or 503) || attempt == Retries) return fetched;
            var wait = TimeSpan.FromSeconds(Math.Min(30, options.Value.LinkCheckHostDelaySeconds * Math.Pow(2, attempt + 1)));
            log.LogInformation("{Url} answered {Status}; trying again in {Wait}", url, fetched.Status, wait);
            await Task.Delay(wait, ct);
        }
    }

    private Task<LinkStatus> FailedAsync(int articleId, SourceLink? link, string detail, CancellationToken ct)
    {
        var failures = (link?.Failures ?? 0) + 1;
        var status = failures >= RepeatedFailures ? LinkStatus.Gone : link?.Status ?? LinkStatus.Live;
        return SetAsync(articleId, status, failures, link?.MovedTo, detail, ct);
    }

    private async Task<LinkStatus> SetAsync(int articleId, LinkStatus status, int failures, string? movedTo, string detail, CancellationToken ct)
    {
        await store.SetLinkAsync(articleId, status, failures, movedTo, detail, ct);
        return status;
    }

    /// <summary>The same words in the same order; spacing differences are not a change.</summary>
    public static bool SameText(string a, string b) =>
        a.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).SequenceEqual(b.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
