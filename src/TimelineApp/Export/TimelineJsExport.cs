using System.Text.Encodings.Web;
using System.Text.Json;
using TimelineApp.Data;
using TimelineApp.Dates;
using TimelineApp.Events;
using TimelineApp.Timeline;
using TimelineApp.Common;

namespace TimelineApp.Export;

/// <summary>
/// /export/timelinejs.json: Knight Lab TimelineJS3's JSON format, so the same selection opens in TimelineJS.
/// A date known to the month or year leaves out day (and month); TimelineJS renders headline and text as HTML,
/// so both (and the place name) are HTML-encoded here.
/// </summary>
public sealed class TimelineJsExport : IExportFormat
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Default;

    public string Path => "/export/timelinejs.json";
    public string Label => "TimelineJS";
    public string Purpose => "opens in Knight Lab TimelineJS";
    public string ContentType => "application/json; charset=utf-8";
    public string FileExtension => "timelinejs.json";
    public bool Inline => true;

    public Task WriteAsync(ExportContext context, IAsyncEnumerable<Event> events, ExportSink sink, CancellationToken ct) =>
        JsonArrayWriter.WriteAsync(sink, json =>
        {
            json.WriteStartObject("title");
            WriteText(json, "TimelineApp", $"<p>{Html.Encode(context.Description)}</p>");
            json.WriteEndObject();
        }, "events", events, (json, e) => WriteSlide(json, context, e), ct);

    private static void WriteSlide(Utf8JsonWriter json, ExportContext context, Event e)
    {
        var dto = EventDto.From(e);
        var span = e.Dates;
        json.WriteStartObject();
        WriteDate(json, "start_date", span.Start);
        if (span.End is { } end && end != span.Start) WriteDate(json, "end_date", end);
        json.WriteString("display_date", dto.DateText);
        WriteText(json, Html.Encode(e.Title), Body(context, e, dto));
        json.WriteString("group", context.TypeOf(e)?.Name ?? e.TypeId);
        json.WriteString("unique_id", e.Slug);
        if (e.Place is { } p)
        {
            json.WriteStartObject("location");
            json.WriteString("name", Html.Encode(p.Name));
            json.WriteNumber("lat", p.Latitude);
            json.WriteNumber("lon", p.Longitude);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, PartialDate date)
    {
        json.WriteStartObject(name);
        json.WriteNumber("year", date.Start.Year);
        if (date.Precision <= DatePrecision.Month) json.WriteNumber("month", date.Start.Month);
        if (date.Precision == DatePrecision.Day) json.WriteNumber("day", date.Start.Day);
        json.WriteString("display_date", date.Format());
        json.WriteEndObject();
    }

    private static void WriteText(Utf8JsonWriter json, string headlineHtml, string textHtml)
    {
        json.WriteStartObject("text");
        json.WriteString("headline", headlineHtml);
        json.WriteString("text", textHtml);
        json.WriteEndObject();
    }

    private static string Body(ExportContext context, Event e, EventDto dto)
    {
        var html = $"<p>{Html.Encode(e.Summary)}</p>";
        if (e.Place is { } p) html += $"<p>{Html.Encode($"{p.Name}, {p.Country}")}</p>";
        if (CasualtyLine.Format(dto.Claims) is { Length: > 0 } casualties) html += $"<p>Casualties: {Html.Encode(casualties)}</p>";
        if (dto.Citations.Count > 0)
            html += $"<p>Sources: {Html.Encode(string.Join("; ", dto.Citations.Select(c => c.Outlet).Distinct()))}</p>";
        return html + $"<p><a href=\"{Html.Encode(context.EventUrl(e.Slug))}\" target=\"_blank\" rel=\"noopener\">Full event with sources</a></p>";
    }
}
