using TimelineApp.Data;

namespace TimelineApp.Editing.Csv;

/// <summary>Says a form problem in the terms of the file: which row, which column.</summary>
internal static class ImportProblems
{
    public static CsvProblem From(EventCsvRow row, FormError e, EventStatus status) => e.Model switch
    {
        EventForm => new(row.RowNumber, e.Field switch
        {
            nameof(EventForm.Title) => EventCsvColumns.Title,
            nameof(EventForm.Summary) => EventCsvColumns.Summary,
            nameof(EventForm.TypeId) => EventCsvColumns.EventType,
            nameof(EventForm.Start) => EventCsvColumns.StartDate,
            nameof(EventForm.End) => EventCsvColumns.EndDate,
            nameof(EventForm.Tags) => EventCsvColumns.Tags,
            nameof(EventForm.Citations) => EventCsvColumns.SourceUrls,
            nameof(EventForm.Actors) => EventCsvColumns.Actors,
            _ => "(event)",
        }, Lower(e.Message)),
        PlaceForm => new(row.RowNumber, e.Field switch
        {
            nameof(PlaceForm.Country) => EventCsvColumns.Country,
            nameof(PlaceForm.Latitude) => EventCsvColumns.Latitude,
            nameof(PlaceForm.Longitude) => EventCsvColumns.Longitude,
            _ => EventCsvColumns.Place,
        }, Lower(e.Message)),
        ActorForm => new(row.RowNumber, EventCsvColumns.Actors, Lower(e.Message)),
        CitationForm when e.Field == nameof(CitationForm.Quote) && !string.IsNullOrEmpty(e.Message) && e.Message.StartsWith("Paste", StringComparison.Ordinal) =>
            new(row.RowNumber, EventCsvColumns.SourceUrls,
                $"a source has no quote yet, and a {status.ToKebab()} event needs the quoted words of each source; import it as a draft and add the quote in the form"),
        CitationForm => new(row.RowNumber, EventCsvColumns.SourceUrls, Lower(e.Message)),
        ClaimForm => new(row.RowNumber, e.Field switch
        {
            nameof(ClaimForm.KilledMax) => EventCsvColumns.KilledMax,
            nameof(ClaimForm.Injured) => EventCsvColumns.Injured,
            _ => EventCsvColumns.KilledMin,
        }, Lower(e.Message)),
        _ => new(row.RowNumber, "(row)", Lower(e.Message)),
    };

    private static string Lower(string message) => message.Length > 1 && char.IsUpper(message[0]) && !char.IsUpper(message[1])
        ? char.ToLowerInvariant(message[0]) + message[1..].TrimEnd('.') : message.TrimEnd('.');
}
