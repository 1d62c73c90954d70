using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NodaTime.Text;
using TimelineApp.Capture;

namespace TimelineApp.Export;

/// <summary>
/// /export/custody.json: for the events the filter selects, each citation, its source and every capture of that source
/// with its hash, time, user and addresses, and where to download the exact bytes — a chain of custody for reports.
/// </summary>
public sealed class CustodyExport : IExportFormat
{
    public string Path => "/export/custody.json";
    public string Label => "Custody record";
    public string Purpose => "each citation's preserved source copies with hashes, for evidence";
    public string ContentType => "application/json; charset=utf-8";
    public string FileExtension => "custody.json";
    public bool Inline => true;

    public async Task WriteAsync(ExportContext context, IAsyncEnumerable<Data.Event> events, ExportSink sink, CancellationToken ct)
    {
        var db = context.Db ?? throw new InvalidOperationException("The custody record reads captures from the export's database context.");
        var captures = new Dictionary<int, List<CaptureInfo>>();
        await JsonArrayWriter.WriteAsync(sink, json =>
        {
            json.WriteString("filter", context.Filter.ToQueryString());
            json.WriteNumber("total", context.Total);
            json.WriteBoolean("truncated", context.Truncated);
        }, "events", WithCapturesAsync(events, db, captures, ct), (json, e) => WriteEvent(json, e, context, captures), ct);
    }

    private static async IAsyncEnumerable<Data.Event> WithCapturesAsync(IAsyncEnumerable<Data.Event> events, Data.TimelineDb db,
        Dictionary<int, List<CaptureInfo>> captures, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var e in events.WithCancellation(ct))
        {
            var missing = e.Citations.Select(c => c.ArticleId).Where(id => !captures.ContainsKey(id)).Distinct().ToList();
            if (missing.Count > 0)
            {
                var found = await CaptureStore.Infos(db.SourceCaptures.Where(c => missing.Contains(c.ArticleId))).ToListAsync(ct);
                foreach (var id in missing) captures[id] = found.Where(c => c.ArticleId == id).ToList();
            }
            yield return e;
        }
    }

    private static void WriteEvent(Utf8JsonWriter json, Data.Event e, ExportContext context, Dictionary<int, List<CaptureInfo>> captures)
    {
        json.WriteStartObject();
        json.WriteString("slug", e.Slug);
        json.WriteString("title", e.Title);
        json.WriteString("url", context.EventUrl(e.Slug));
        json.WriteStartArray("citations");
        foreach (var c in e.Citations.OrderBy(c => c.SortOrder))
        {
            var a = c.Article;
            json.WriteStartObject();
            json.WriteString("quote", c.Quote);
            json.WriteStartObject("source");
            json.WriteNumber("id", a.Id);
            json.WriteString("headline", a.Headline);
            json.WriteString("outlet", a.Outlet);
            json.WriteString("author", a.Author);
            json.WriteString("url", a.Url);
            json.WriteString("publishedDate", a.PublishedDate.ToString("uuuu-MM-dd", null));
            json.WriteEndObject();
            json.WriteStartArray("captures");
            foreach (var k in captures.GetValueOrDefault(c.ArticleId) ?? [])
            {
                json.WriteStartObject();
                json.WriteNumber("number", k.Number);
                json.WriteString("sha256", k.Sha256);
                json.WriteNumber("length", k.Length);
                json.WriteString("capturedAt", InstantPattern.ExtendedIso.Format(k.CapturedAt));
                json.WriteString("capturedBy", k.CapturedBy);
                json.WriteBoolean("uploaded", k.IsUpload);
                json.WriteString("requestedUrl", k.RequestedUrl);
                json.WriteString("finalUrl", k.FinalUrl);
                if (k.HttpStatus is { } status) json.WriteNumber("httpStatus", status); else json.WriteNull("httpStatus");
                json.WriteString("contentType", k.ContentType);
                json.WriteString("raw", $"{context.BaseUrl}/sources/{a.Id}/archive/raw?capture={k.Number}");
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
