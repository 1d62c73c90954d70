using CsvHelper;
using TimelineApp.Data;
using TimelineApp.Events;

namespace TimelineApp.Export;

/// <summary>/export/events.csv: the editors' column set (RFC 4180 quoting by CsvHelper, UTF-8, header row).</summary>
public sealed class CsvExport : IExportFormat
{
    public string Path => "/export/events.csv";
    public string Label => "CSV";
    public string Purpose => "for spreadsheets";
    public string ContentType => "text/csv; charset=utf-8";
    public string FileExtension => "csv";
    public bool Inline => false;

    public async Task WriteAsync(ExportContext context, IAsyncEnumerable<Event> events, ExportSink sink, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(sink.Bytes, EventCsvFormat.WriterOptions, leaveOpen: true);
        csv.WriteHeader<EventCsvRow>();
        await foreach (var e in events.WithCancellation(ct))
        {
            csv.WriteRecord(ToRow(e));
            csv.Flush();
            await sink.FlushAsync(ct: ct);
        }
        csv.Flush();
    }

    public static EventCsvRow ToRow(Event e)
    {
        var claims = e.Citations.SelectMany(c => c.Claims).ToList();
        var killed = claims.SelectMany(c => new[] { c.KilledMin, c.KilledMax }).OfType<int>().ToList();
        var span = e.Dates;
        return new EventCsvRow
        {
            Id = e.Id,
            Title = e.Title,
            Summary = e.Summary,
            StartDate = span.Start.ToIsoString(),
            EndDate = span.End?.ToIsoString(),
            DatePrecision = e.DatePrecision.ToKebab(),
            Approximate = e.Approximate,
            EventType = e.TypeId,
            Place = e.Place?.Name,
            Country = e.Place?.Country,
            Latitude = e.Place?.Latitude,
            Longitude = e.Place?.Longitude,
            GeoPrecision = e.Place?.GeoPrecision.ToKebab(),
            Actors = EventCsvFormat.JoinList(e.Actors.Select(a => EventCsvFormat.Actor(a.Actor.Name, a.Role))),
            KilledMin = killed.Count > 0 ? killed.Min() : null,
            KilledMax = killed.Count > 0 ? killed.Max() : null,
            Injured = claims.Select(c => c.Injured).Max(),
            SourceUrls = EventCsvFormat.JoinList(e.Citations.Select(c => c.Article.Url ?? "").Distinct()),
            Tags = EventCsvFormat.JoinList(e.Tags.Select(t => t.Tag).Order(StringComparer.Ordinal)),
            Status = e.Status.ToKebab(),
        };
    }
}
