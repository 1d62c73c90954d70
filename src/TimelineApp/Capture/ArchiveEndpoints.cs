using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using NodaTime.Text;
using TimelineApp.Accounts;
using TimelineApp.Data;

namespace TimelineApp.Capture;

/// <summary>
/// GET /sources/{id}/archive: the preserved copy, sanitised and sandboxed (never our origin's active content).
/// GET /sources/{id}/archive/raw: the exact bytes as an attachment with their RFC 9530 Repr-Digest.
/// Both take ?capture=N (default: the latest). Readers may read accepted sources; editors, any.
/// </summary>
public static class ArchiveEndpoints
{
    /// <summary>Scripts, plugins, forms and every outside request are refused; inline styles and data: images are all a page keeps.</summary>
    public const string SandboxPolicy = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

    public static void MapArchive(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sources/{id:int}/archive/raw", async (int id, int? capture, HttpContext http, IDbContextFactory<TimelineDb> dbFactory, CaptureStore store) =>
        {
            if (await FindAsync(id, capture, http, dbFactory, store) is not { } c) return NotFound(id, capture);
            var headers = http.Response.Headers;
            headers["Repr-Digest"] = $"sha-256=:{Convert.ToBase64String(Convert.FromHexString(c.Sha256))}:";
            headers.XContentTypeOptions = "nosniff";
            headers.ContentSecurityPolicy = SandboxPolicy;
            headers.CacheControl = "private, no-store";
            var name = $"source-{id}-capture-{c.Number}{Extension(c.ContentType)}";
            headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = name }.ToString();
            return Results.Bytes(c.Content, c.ContentType);
        }).WithName("PreservedCopyRaw");
        app.MapGet("/sources/{id:int}/archive", async (int id, int? capture, HttpContext http, IDbContextFactory<TimelineDb> dbFactory, CaptureStore store) =>
        {
            if (await FindAsync(id, capture, http, dbFactory, store) is not { } c) return NotFound(id, capture);
            http.Response.Headers.ContentSecurityPolicy = SandboxPolicy;
            http.Response.Headers.CacheControl = "private, no-store";
            return Results.Content(Render(c), "text/html; charset=utf-8");
        }).WithName("PreservedCopy");
    }

    private static async Task<SourceCapture?> FindAsync(int id, int? number, HttpContext http, IDbContextFactory<TimelineDb> dbFactory, CaptureStore store)
    {
        if (!http.User.CanEdit())
        {
            await using var db = await dbFactory.CreateDbContextAsync(http.RequestAborted);
            if (!await db.Articles.AnyAsync(a => a.Id == id && !a.IsArchived && !a.AwaitsAcceptance, http.RequestAborted)) return null;
        }
        return await store.ReadAsync(id, number, http.RequestAborted);
    }

    private static IResult NotFound(int id, int? capture) => Results.Problem(capture is null
        ? $"Source {id} has no preserved copy that you may read." : $"Source {id} has no capture {capture} that you may read.", statusCode: 404);

    private static string Extension(string contentType) =>
        ArticleExtractor.IsPdf(contentType, []) ? ".pdf" : ArticleExtractor.IsHtml(contentType) ? ".html" : contentType.StartsWith("text/plain") ? ".txt" : ".bin";

    private static string Render(SourceCapture c)
    {
        var e = (string? s) => WebUtility.HtmlEncode(s ?? "");
        var banner = new StringBuilder("<aside style=\"border:2px solid #555;padding:.5em 1em;margin:0 0 1em;font:14px system-ui,sans-serif;background:#ffd\" dir=\"ltr\" lang=\"en\">")
            .Append("<strong>Preserved copy</strong>").Append(c.IsUpload ? " (uploaded by an editor)" : "")
            .Append(" of ").Append(e(c.FinalUrl ?? c.RequestedUrl ?? "a source without an address"))
            .Append(", captured ").Append(e(InstantPattern.General.Format(c.CapturedAt))).Append(" by ").Append(e(c.CapturedBy))
            .Append(". SHA-256 <code>").Append(c.Sha256).Append("</code>. Scripts and outside content are removed.</aside>").ToString();
        if (ArticleExtractor.IsHtml(c.ContentType) || (!ArticleExtractor.IsPdf(c.ContentType, c.Content) && c.ContentType.Contains("html")))
        {
            var page = ArchiveSanitiser.Sanitise(HtmlDecoding.Decode(c.Content, c.ContentType));
            var at = page.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
            var close = at < 0 ? -1 : page.IndexOf('>', at);
            return "<!DOCTYPE html>" + (close < 0 ? banner + page : page[..(close + 1)] + banner + page[(close + 1)..]);
        }
        var text = c.ExtractedText;
        var dir = TextDirection.ByScript(text);
        var body = string.Join("", text.Split("\n\n").Select(p => $"<p>{e(p).Replace("\n", "<br>")}</p>"));
        return $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Preserved copy</title></head><body>{banner}<div dir=\"{dir}\">{body}</div></body></html>";
    }
}
