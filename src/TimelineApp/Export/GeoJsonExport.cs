using System.Text.Json;
using TimelineApp.Data;
using TimelineApp.Events;
using TimelineApp.Timeline;
using TimelineApp.Common;

namespace TimelineApp.Export;

/// <summary>
/// /export/events.geojson: an RFC 7946 FeatureCollection of Point features, coordinates [longitude, latitude] (WGS 84).
/// Events without a place have no point and are left out (the other exports include them).
/// </summary>
public sealed class GeoJsonExport : IExportFormat
{
    public string Path => "/export/events.geojson";
    public string Label => "GeoJSON";
    public string Purpose => "for GIS and web maps";
    public string ContentType => "application/geo+json";
    public string FileExtension => "geojson";
    public bool Inline => true;

    public Task WriteAsync(ExportContext context, IAsyncEnumerable<Event> events, ExportSink sink, CancellationToken ct) =>
        JsonArrayWriter.WriteAsync(sink, json => json.WriteString("type", "FeatureCollection"), "features", events, (json, e) =>
        {
            if (e.Place is { } place) WriteFeature(json, context, e, place);
        }, ct);

    private static void WriteFeature(Utf8JsonWriter json, ExportContext context, Event e, Place place)
    {
        var dto = EventDto.From(e);
        var type = context.TypeOf(e);
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteString("id", e.Slug);
        json.WriteStartObject("geometry");
        json.WriteString("type", "Point");
        json.WriteStartArray("coordinates");
        json.WriteNumberValue(place.Longitude);
        json.WriteNumberValue(place.Latitude);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteString("slug", e.Slug);
        json.WriteString("title", e.Title);
        json.WriteString("type", e.TypeId);
        json.WriteString("typeName", type?.Name ?? e.TypeId);
        json.WriteString("color", TypeShapes.SafeColor(type?.Color ?? ""));
        json.WriteString("shape", type?.Shape ?? "circle");
        // Only the known parts ("2015-02" for a month), so no reader takes a month for its first day.
        json.WriteString("startDate", e.Dates.Start.ToIsoString());
        json.WriteString("endDate", e.Dates.End?.ToIsoString());
        json.WriteString("datePrecision", dto.DatePrecision);
        json.WriteBoolean("approximate", e.Approximate);
        json.WriteString("dateText", dto.DateText);
        json.WriteString("place", place.Name);
        json.WriteString("country", place.Country);
        json.WriteString("geoPrecision", dto.Place!.GeoPrecision);
        // Named and worded as in the map's own marker GeoJSON (/api/map/features).
        json.WriteString("casualties", CasualtyLine.Format(dto.Claims) is { Length: > 0 } casualties ? casualties : null);
        json.WriteNumber("citations", dto.Citations.Count);
        json.WriteString("url", context.EventUrl(e.Slug));
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
