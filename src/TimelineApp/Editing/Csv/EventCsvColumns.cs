namespace TimelineApp.Editing.Csv;

/// <summary>
/// The one CSV column set for events: the import, the editors' export (/edit/events.csv) and the public one (/export/events.csv):
/// <list type="bullet">
/// <item><c>id</c> – the event's number in this database; empty for a new event.</item>
/// <item><c>title</c>, <c>summary</c> – text.</item>
/// <item><c>start_date</c>, <c>end_date</c> – ISO with only the known parts: 2015-02-16, 2015-02 or 2015 (written forms such as 16 Feb 2015 are read too).</item>
/// <item><c>date_precision</c> – day, month or year of the start date (may make a full date coarser).</item>
/// <item><c>approximate</c> – true or false.</item>
/// <item><c>event_type</c> – a type id such as airstrike.</item>
/// <item><c>place</c>, <c>country</c> (ISO 3166-1 alpha-2), <c>latitude</c>, <c>longitude</c> (decimal degrees, "." as the decimal mark),
/// <c>geo_precision</c> (exact, town, region or country; town when empty).</item>
/// <item><c>actors</c> – "Name [role]; Name [role]" (square brackets, as names contain parentheses: "Islamic State (ISIS) [perpetrator]").</item>
/// <item><c>killed_min</c>, <c>killed_max</c>, <c>injured</c> – the lowest and highest killed figure and the highest injured figure any cited source gives; on import a changed
/// figure replaces the event's claims with one claim on its first source.</item>
/// <item><c>source_urls</c> – the cited articles, "; "-separated: each article's URL, or its key when it has none. New sources get a
/// citation without a quote, to be completed in the form before review.</item>
/// <item><c>tags</c> – "; "-separated.</item>
/// <item><c>status</c> – draft, in-review, published or archived; applied on import only when a reviewer keeps the file's statuses.</item>
/// </list>
/// </summary>
public static class EventCsvColumns
{
    public const string Id = "id", Title = "title", Summary = "summary", StartDate = "start_date", EndDate = "end_date",
        DatePrecision = "date_precision", Approximate = "approximate", EventType = "event_type", Place = "place", Country = "country",
        Latitude = "latitude", Longitude = "longitude", GeoPrecision = "geo_precision", Actors = "actors", KilledMin = "killed_min",
        KilledMax = "killed_max", Injured = "injured", SourceUrls = "source_urls", Tags = "tags", Status = "status";

    public static readonly IReadOnlyList<string> All =
    [
        Id, Title, Summary, StartDate, EndDate, DatePrecision, Approximate, EventType, Place, Country, Latitude, Longitude,
        GeoPrecision, Actors, KilledMin, KilledMax, Injured, SourceUrls, Tags, Status,
    ];

    /// <summary>A file needs at least these to describe an event.</summary>
    public static readonly IReadOnlyList<string> Required = [Title, StartDate, EventType];

    public const string ListSeparator = "; ";
}
