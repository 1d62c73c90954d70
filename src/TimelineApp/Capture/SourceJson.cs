using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime.Text;
using TimelineApp.Data;

namespace TimelineApp.Capture;

public sealed record CaptureJson(int Number, string Sha256, string CapturedAt, string CapturedBy, string? RequestedUrl, string? FinalUrl,
    int? HttpStatus, string ContentType, IReadOnlyList<string> Redirects, long Length, bool IsUpload)
{
    public static CaptureJson From(CaptureInfo c) => new(c.Number, c.Sha256, InstantPattern.ExtendedIso.Format(c.CapturedAt), c.CapturedBy,
        c.RequestedUrl, c.FinalUrl, c.HttpStatus, c.ContentType, c.Redirects?.Split('\n') ?? [], c.Length, c.IsUpload);
}

/// <summary>A source as the scripted API answers it: the article, its latest capture, and (for GET) its link status and every capture.</summary>
public sealed record SourceJson(int Id, string Headline, string Author, string Outlet, string? PublishedDate, string Language,
    string Direction, string? Url, string Text, CaptureJson? Capture, string? LinkStatus, IReadOnlyList<CaptureJson>? Captures)
{
    public static async Task<SourceJson?> LoadAsync(TimelineDb db, int id, bool withHistory, CancellationToken ct)
    {
        var a = await db.Articles.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (a is null) return null;
        var captures = await CaptureStore.Infos(db.SourceCaptures.Where(c => c.ArticleId == id)).ToListAsync(ct);
        var link = await db.SourceLinks.AsNoTracking().SingleOrDefaultAsync(l => l.ArticleId == id, ct);
        var json = captures.Select(CaptureJson.From).ToList();
        return new SourceJson(a.Id, a.Headline, a.Author, a.Outlet,
            a.DateNote == CaptureService.UnknownDateNote ? null : a.PublishedDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
            a.Language, TextDirection.Of(null, a.Language, a.Text), a.Url, a.Text, json.LastOrDefault(),
            withHistory ? link?.Status.ToString().ToLowerInvariant() : null, withHistory ? json : null);
    }
}
