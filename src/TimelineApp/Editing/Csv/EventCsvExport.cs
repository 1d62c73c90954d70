using System.Globalization;
using CsvHelper;
using TimelineApp.Data;

namespace TimelineApp.Editing.Csv;

/// <summary>Writes events (loaded with their details) in the documented column set.</summary>
public static class EventCsvExport
{
    public static IReadOnlyDictionary<string, string> ToValues(Event e)
    {
        var claims = e.Citations.SelectMany(c => c.Claims).ToList();
        var killed = claims.SelectMany(c => new[] { c.KilledMin, c.KilledMax }).OfType<int>().ToList();
        var place = e.Place;
        return new Dictionary<string, string>
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
                e.Citations.OrderBy(c => c.SortOrder).ThenBy(c => c.Id).Select(c => c.Article.Url ?? c.Article.Key).Distinct()),
            [EventCsvColumns.Tags] = string.Join(EventCsvColumns.ListSeparator, e.Tags.Select(t => t.Tag).Order(StringComparer.Ordinal)),
            [EventCsvColumns.Status] = e.Status.ToKebab(),
        };
    }

    /// <summary>Columns whose cells are free text (and so protected against formula injection); the others are numbers or codes.</summary>
    private static readonly HashSet<string> TextColumns =
        [EventCsvColumns.Title, EventCsvColumns.Summary, EventCsvColumns.Place, EventCsvColumns.Actors, EventCsvColumns.SourceUrls, EventCsvColumns.Tags];

    public static void WriteHeader(CsvWriter csv) => csv.WriteHeader(EventCsvColumns.All.ToArray());

    public static void WriteRow(CsvWriter csv, Event e)
    {
        var values = ToValues(e);
        csv.WriteRecord(EventCsvColumns.All.Select(c => TextColumns.Contains(c) ? CsvText.Protect(values[c]) : values[c]).ToArray());
    }

    public static CsvWriter CreateWriter(TextWriter writer) => CsvWriter.Create(writer, new CsvWriterOptions { NewLine = "\r\n" }, leaveOpen: true);

    private static string Number(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "";
}
