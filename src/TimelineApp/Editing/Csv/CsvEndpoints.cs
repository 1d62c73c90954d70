using System.Text;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Accounts;
using TimelineApp.Data;
using TimelineApp.Events;

namespace TimelineApp.Editing.Csv;

/// <summary>GET /edit/events.csv: every event in every status (editors only), for a spreadsheet round trip.</summary>
public static class CsvEndpoints
{
    public static void MapEditingCsv(this IEndpointRouteBuilder app) =>
        app.MapGet("/edit/events.csv", async (HttpContext http, IDbContextFactory<TimelineDb> dbFactory, CancellationToken ct) =>
        {
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = "attachment; filename=\"events.csv\"";
            await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(false));
            await WriteAllAsync(dbFactory, writer, ct);
        }).RequireAuthorization(p => p.RequireRole(Roles.Editor, Roles.Reviewer));

    /// <summary>All events in id order, read a thousand at a time.</summary>
    public static async Task WriteAllAsync(IDbContextFactory<TimelineDb> dbFactory, TextWriter writer, CancellationToken ct = default)
    {
        using var csv = EventCsvExport.CreateWriter(writer);
        EventCsvExport.WriteHeader(csv);
        var after = 0;
        while (true)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var batch = await EventQuery.WithDetails(db.Events.AsNoTracking().Where(e => e.Id > after).OrderBy(e => e.Id).Take(1000)).ToListAsync(ct);
            if (batch.Count == 0) break;
            foreach (var e in batch) EventCsvExport.WriteRow(csv, e);
            after = batch[^1].Id;
        }
        await csv.FlushAsync(ct);
    }
}
