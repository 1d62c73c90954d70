using CsvHelper;

namespace TimelineApp.Export;

/// <summary>
/// One row of the editors' CSV column set. The export writes it, and the editors' CSV import can read it with the
/// same type (CsvHelper 34 generates the mapping from these attributes); list columns follow <see cref="EventCsvFormat"/>.
/// </summary>
[CsvRecord]
public sealed partial class EventCsvRow
{
    [CsvColumn("id")] public int? Id { get; set; }
    [CsvColumn("title")] public string Title { get; set; } = "";
    [CsvColumn("summary")] public string Summary { get; set; } = "";
    /// <summary>ISO with only the known parts: "2015-02-16", "2015-02" or "2015".</summary>
    [CsvColumn("start_date")] public string StartDate { get; set; } = "";
    [CsvColumn("end_date")] public string? EndDate { get; set; }
    [CsvColumn("date_precision")] public string DatePrecision { get; set; } = "day";
    [CsvColumn("approximate")] public bool Approximate { get; set; }
    [CsvColumn("event_type")] public string EventType { get; set; } = "";
    [CsvColumn("place")] public string? Place { get; set; }
    [CsvColumn("country")] public string? Country { get; set; }
    [CsvColumn("latitude")] public double? Latitude { get; set; }
    [CsvColumn("longitude")] public double? Longitude { get; set; }
    [CsvColumn("geo_precision")] public string? GeoPrecision { get; set; }
    /// <summary>"Name [role]; Name [role]".</summary>
    [CsvColumn("actors")] public string? Actors { get; set; }
    /// <summary>The lowest figure any cited source gives (per-source figures are in the JSON export).</summary>
    [CsvColumn("killed_min")] public int? KilledMin { get; set; }
    /// <summary>The highest figure any cited source gives.</summary>
    [CsvColumn("killed_max")] public int? KilledMax { get; set; }
    /// <summary>The highest injured figure any cited source gives.</summary>
    [CsvColumn("injured")] public int? Injured { get; set; }
    [CsvColumn("source_urls")] public string? SourceUrls { get; set; }
    [CsvColumn("tags")] public string? Tags { get; set; }
    [CsvColumn("status")] public string Status { get; set; } = "draft";
}
