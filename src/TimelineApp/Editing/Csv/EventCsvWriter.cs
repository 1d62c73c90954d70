using System.Globalization;
using CsvHelper;
using TimelineApp.Data;
using TimelineApp.Export;

namespace TimelineApp.Editing.Csv;

/// <summary>
/// The one writer of the events CSV, for the public export (/export/events.csv) and the editors' (/edit/events.csv):
/// the <see cref="EventCsvColumns"/> in order, RFC 4180 quoting, CRLF, UTF-8, text cells guarded by <see cref="CsvText"/>.
/// What it writes, <see cref="EventCsvReader"/> and the import read back without loss.
/// </summary>
public static class EventCsvWriter
{
    /// <summary>Columns whose cells are free text (and so protected against formula injection); the others are numbers or codes.</summary>
    private static readonly HashSet<string> TextColumns =
        [EventCsvColumns.Title, EventCsvColumns.Summary, EventCsvColumns.Place, EventCsvColumns.Actors, EventCsvColumns.SourceUrls, EventCsvColumns.Tags];

    /// <summary>Writes the header and one row per event (loaded with its details), sending output on as it grows.</summary>
    public static async Task WriteAsync(IAsyncEnumerable<Event> events, ExportSink sink, CancellationToken ct)
    {
        using var csv = CsvWriter.Create(sink.Text, new CsvWriterOptions { NewLine = "\r\n" }, leaveOpen: true);
        csv.WriteHeader(EventCsvColumns.All.ToArray());
        await foreach (var e in events.WithCancellation(ct))
        {
            var row = ToRow(e);
            csv.WriteRecord(EventCsvColumns.All.Select(c => TextColumns.Contains(c) ? CsvText.Protect(row.Values[c]) : row.Values[c]).ToArray());
            csv.Flush();
            await sink.FlushAsync(ct: ct);
        }
        csv.Flush();
    }

    /// <summary>How a cited article is named in source_urls: its URL, or its key when it has none (the import resolves both).</summary>
    public static string SourceRef(SourceArticle a) => string.IsNullOrWhiteSpace(a.Url) ? a.Key : a.Url;

    public static EventCsvRow ToRow(Event e)
    {
        var claims = e.Citations.SelectMany(c => c.Claims).ToList();
        var killed = claims.SelectMany(c => new[] { c.KilledMin, c.KilledMax }).OfType<int>().ToList();
        var place = e.Place;
        return new EventCsvRow(0, new Dictionary<string, string>
        {
            [EventCsvColumns.Id] = e.Id.ToString(CultureInfo.InvariantCulture),
            [EventCsvColumns.Title] = e.Title,
            [EventCsvColumns.Summary] = e.Summary,
            [EventCsvColumns.StartDate] = e.Dates.Start.ToIsoString(),
            [EventCsvColumns.EndDate] = e.Dates.End?.ToIsoString() ?? "",
            [EventCsvColumns.DatePrecision] = e.DatePrecision.ToKebab(),
            [EventCsvColumns.Approximate] = e.Approximate ? "true" : "false",
            [EventCsvColumns.EventType] = e.TypeId,
            [EventCsvColumns.Place] = place?.Name ?? "",
            [EventCsvColumns.Country] = place?.Country ?? "",
            [EventCsvColumns.Latitude] = place?.Latitude.ToString("R", CultureInfo.InvariantCulture) ?? "",
            [EventCsvColumns.Longitude] = place?.Longitude.ToString("R", CultureInfo.InvariantCulture) ?? "",
            [EventCsvColumns.GeoPrecision] = place?.GeoPrecision.ToKebab() ?? "",
            [EventCsvColumns.Actors] = string.Join(EventCsvColumns.ListSeparator, EventCsvLists.SortedActors(e.Actors.Select(a => (a.Actor.Name, a.Role)))
                .Select(a => EventCsvLists.Actor(a.Name, a.Role))),
            [EventCsvColumns.KilledMin] = Number(killed.Count > 0 ? killed.Min() : null),
            [EventCsvColumns.KilledMax] = Number(killed.Count > 0 ? killed.Max() : null),
            [EventCsvColumns.Injured] = Number(claims.Select(c => c.Injured).Where(n => n is not null).Max()),
            [EventCsvColumns.SourceUrls] = string.Join(EventCsvColumns.ListSeparator,
                e.Citations.OrderBy(c => c.SortOrder).ThenBy(c => c.Id).Select(c => SourceRef(c.Article)).Distinct()),
            [EventCsvColumns.Tags] = string.Join(EventCsvColumns.ListSeparator, e.Tags.Select(t => t.Tag).Order(StringComparer.Ordinal)),
            [EventCsvColumns.Status] = e.Status.ToKebab(),
        });
    }

    private static string Number(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "";
}
