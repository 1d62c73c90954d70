using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Accounts;
using TimelineApp.Data;
using TimelineApp.Events;
using TimelineApp.Export;

namespace TimelineApp.Editing.Csv;

/// <summary>GET /edit/events.csv: every event in every status (editors only), for a spreadsheet round trip.</summary>
public static class CsvEndpoints
{
    public static void MapEditingCsv(this IEndpointRouteBuilder app) =>
        app.MapGet("/edit/events.csv", async (HttpContext http, IDbContextFactory<TimelineDb> dbFactory, CancellationToken ct) =>
        {
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = "attachment; filename=\"events.csv\"";
            http.Response.Headers.CacheControl = "private, no-store";
            await WriteAllAsync(dbFactory, http.Response.Body, ct);
        }).RequireAuthorization(p => p.RequireRole(Roles.Editor, Roles.Reviewer));

    public static async Task WriteAllAsync(IDbContextFactory<TimelineDb> dbFactory, Stream destination, CancellationToken ct = default)
    {
        await using var sink = new ExportSink(destination);
        await EventCsvWriter.WriteAsync(AllAsync(dbFactory, ct), sink, ct);
    }

    /// <summary>All events in id order, read a thousand at a time.</summary>
    private static async IAsyncEnumerable<Event> AllAsync(IDbContextFactory<TimelineDb> dbFactory, [EnumeratorCancellation] CancellationToken ct)
    {
        var after = 0;
        while (true)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var batch = await EventQuery.WithDetails(db.Events.AsNoTracking().Where(e => e.Id > after).OrderBy(e => e.Id).Take(1000)).ToListAsync(ct);
            if (batch.Count == 0) yield break;
            foreach (var e in batch) yield return e;
            after = batch[^1].Id;
        }
    }
}
