using System.Text.Json;
using TimelineApp.Data;
using TimelineApp.Events;

namespace TimelineApp.Export;

/// <summary>/export/events.json: {"total", "truncated", "filter", "items": [EventDto…]} – the items in the API's shape.</summary>
public sealed class JsonExport : IExportFormat
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public string Path => "/export/events.json";
    public string Label => "JSON";
    public string Purpose => "the API shape, for scripts";
    public string ContentType => "application/json; charset=utf-8";
    public string FileExtension => "json";
    public bool Inline => true;

    public Task WriteAsync(ExportContext context, IAsyncEnumerable<Event> events, ExportSink sink, CancellationToken ct) =>
        JsonArrayWriter.WriteAsync(sink, json =>
        {
            json.WriteNumber("total", context.Total);
            json.WriteBoolean("truncated", context.Truncated);
            json.WriteString("filter", context.Filter.ToQueryString());
        }, "items", events, (json, e) => JsonSerializer.Serialize(json, EventDto.From(e), Options), ct);
}
