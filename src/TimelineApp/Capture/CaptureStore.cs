using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Data;

namespace TimelineApp.Capture;

/// <summary>Bytes fetched or uploaded and read, not yet stored: the form holds one until the editor saves.</summary>
public sealed record PendingCapture(string? RequestedUrl, string? FinalUrl, int? HttpStatus, string ContentType,
    IReadOnlyList<string> Redirects, byte[] Bytes, bool IsUpload, ExtractedArticle Article)
{
    public static PendingCapture From(FetchResult f, ExtractedArticle article) => new(f.RequestedUrl.AbsoluteUri, f.FinalUrl.AbsoluteUri,
        f.Status, f.ContentType, f.Redirects, f.Body, false, article);
}

/// <summary>A capture without its bytes, for lists, the API and the custody record.</summary>
public sealed record CaptureInfo(int Id, int ArticleId, int Number, string? RequestedUrl, string? FinalUrl, int? HttpStatus,
    string ContentType, string? Redirects, Instant CapturedAt, string CapturedBy, string Sha256, long Length, bool IsUpload);

/// <summary>Writes captures (numbered per article, never updated) and reads them back.</summary>
public sealed class CaptureStore(IDbContextFactory<TimelineDb> dbFactory, IClock clock)
{
    public static string Sha256Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public async Task<CaptureInfo> AddAsync(int articleId, PendingCapture p, string by, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var number = 1 + (await db.SourceCaptures.Where(c => c.ArticleId == articleId).MaxAsync(c => (int?)c.Number, ct) ?? 0);
        var capture = new SourceCapture
        {
            ArticleId = articleId, Number = number, RequestedUrl = p.RequestedUrl, FinalUrl = p.FinalUrl, HttpStatus = p.HttpStatus,
            ContentType = Shorten(p.ContentType, 200), Redirects = p.Redirects.Count == 0 ? null : Shorten(string.Join('\n', p.Redirects), 12000),
            CapturedAt = clock.GetCurrentInstant(), CapturedBy = by, Sha256 = Sha256Hex(p.Bytes), Length = p.Bytes.LongLength,
            Content = p.Bytes, IsUpload = p.IsUpload, ExtractedText = p.Article.Text,
        };
        db.SourceCaptures.Add(capture);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return Info(capture);
    }

    /// <summary>Records what fetching the source's address found just now.</summary>
    public async Task SetLinkAsync(int articleId, LinkStatus status, int failures, string? movedTo, string? detail, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var link = await db.SourceLinks.SingleOrDefaultAsync(l => l.ArticleId == articleId, ct);
        if (link is null) link = db.SourceLinks.Add(new SourceLink { ArticleId = articleId }).Entity;
        (link.Status, link.CheckedAt, link.Failures, link.MovedTo) = (status, clock.GetCurrentInstant(), failures, Shorten(movedTo, 2000));
        link.Detail = Shorten(detail, 500);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The source an address already belongs to: its own address, or any capture's requested or final one.</summary>
    public async Task<int?> FindSourceAsync(IReadOnlyCollection<string> urls, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var byCapture = await db.SourceCaptures.Where(c => urls.Contains(c.RequestedUrl!) || urls.Contains(c.FinalUrl!))
            .OrderBy(c => c.ArticleId).Select(c => (int?)c.ArticleId).FirstOrDefaultAsync(ct);
        return byCapture ?? await db.Articles.Where(a => urls.Contains(a.Url!) && !a.IsArchived)
            .OrderBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct);
    }

    public async Task<IReadOnlyList<CaptureInfo>> ListAsync(int articleId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Infos(db.SourceCaptures.Where(c => c.ArticleId == articleId)).ToListAsync(ct);
    }

    /// <summary>One capture with its bytes: the given number, or the latest.</summary>
    public async Task<SourceCapture?> ReadAsync(int articleId, int? number, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var captures = db.SourceCaptures.AsNoTracking().Where(c => c.ArticleId == articleId);
        if (number is { } n) captures = captures.Where(c => c.Number == n);
        return await captures.OrderByDescending(c => c.Number).FirstOrDefaultAsync(ct);
    }

    public static IQueryable<CaptureInfo> Infos(IQueryable<SourceCapture> captures) => captures.OrderBy(c => c.ArticleId).ThenBy(c => c.Number)
        .Select(c => new CaptureInfo(c.Id, c.ArticleId, c.Number, c.RequestedUrl, c.FinalUrl, c.HttpStatus, c.ContentType, c.Redirects,
            c.CapturedAt, c.CapturedBy, c.Sha256, c.Length, c.IsUpload));

    private static CaptureInfo Info(SourceCapture c) => new(c.Id, c.ArticleId, c.Number, c.RequestedUrl, c.FinalUrl, c.HttpStatus,
        c.ContentType, c.Redirects, c.CapturedAt, c.CapturedBy, c.Sha256, c.Length, c.IsUpload);

    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(s))]
    private static string? Shorten(string? s, int max) => s is null || s.Length <= max ? s : s[..max];
}
