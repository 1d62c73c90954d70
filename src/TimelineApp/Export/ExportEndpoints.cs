using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using NodaTime;
using TimelineApp.Data;
using TimelineApp.Events;
using TimelineApp.Filtering;

using TimelineApp.Caching;

namespace TimelineApp.Export;

/// <summary>/export/events.{csv,json,geojson,ics,svg} and /export/timelinejs.json: exactly what the query-string filter selects.</summary>
public static class ExportEndpoints
{
    public static readonly IReadOnlyList<IExportFormat> Formats =
        [new CsvExport(), new JsonExport(), new GeoJsonExport(), new ICalendarExport(), new TimelineJsExport(), new SvgExport(), new CustodyExport()];

    public static void MapExports(this IEndpointRouteBuilder app)
    {
        foreach (var format in Formats)
        {
            app.MapGet(format.Path, (HttpContext http, IDbContextFactory<TimelineDb> dbFactory, IOptions<ExportOptions> options, IClock clock, Security.PublicUrl publicUrl) =>
                ExportAsync(format, http, dbFactory, options.Value, clock, publicUrl.Origin)).WithTags("Exports")
                .RequireRateLimiting(Operations.OperationsServices.PublicApiPolicy).CacheForReaders();
        }
    }

    private static async Task<IResult> ExportAsync(IExportFormat format, HttpContext http, IDbContextFactory<TimelineDb> dbFactory,
        ExportOptions options, IClock clock, string baseUrl)
    {
        var ct = http.RequestAborted;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (reading, types) = await FilterReader.ReadAsync(http.Request.Query, db, ct);
        if (!reading.IsValid) return reading.Problem();
        var filter = reading.Filter;

        var stamp = await ExportStamp.ReadAsync(db, EventQuery.Filtered(db, filter), ct);
        var today = clock.GetCurrentInstant().InUtc().Date;
        var etag = stamp.ETag(format.Path, filter.ToQueryString(), baseUrl, ExportStamp.TypesKey(types.Values), today.ToString());
        var response = http.Response;
        ConditionalGet.SetValidators(response, etag, stamp.LastUpdated);
        // Public read-only data: reports and tools on other sites (TimelineJS, Leaflet maps) may fetch it.
        response.Headers.AccessControlAllowOrigin = "*";
        response.Headers.AccessControlExposeHeaders = "ETag, Last-Modified, X-Total-Count, X-Export-Truncated, X-Export-Limit";
        if (ConditionalGet.IsNotModified(http.Request, etag)) return Results.StatusCode(StatusCodes.Status304NotModified);

        var context = new ExportContext(filter, types, baseUrl, stamp.Count, format.Limit(options), today) { Db = db };
        response.Headers["X-Total-Count"] = context.Total.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-Export-Limit"] = context.Limit.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-Export-Truncated"] = context.Truncated ? "true" : "false";
        response.ContentType = format.ContentType;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue(format.Inline ? "inline" : "attachment")
        {
            FileName = ExportFileName.For(filter, format.FileExtension),
        }.ToString();
        await using (var sink = new ExportSink(response.Body))
        {
            await format.WriteAsync(context, ExportSource.StreamAsync(db, filter, context.Limit, ct), sink, ct);
        }
        return Results.Empty;
    }
}
