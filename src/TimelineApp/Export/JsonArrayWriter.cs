using System.Text.Json;
using TimelineApp.Data;

namespace TimelineApp.Export;

/// <summary>The shape the JSON exports share: an object with some members, then one array written an event at a time.</summary>
public static class JsonArrayWriter
{
    public static async Task WriteAsync(ExportSink sink, Action<Utf8JsonWriter> members, string arrayName,
        IAsyncEnumerable<Event> events, Action<Utf8JsonWriter, Event> item, CancellationToken ct)
    {
        // The default encoder escapes <, >, & and quotes, so event text is inert if the JSON lands in HTML.
        await using var json = new Utf8JsonWriter(sink.Bytes);
        json.WriteStartObject();
        members(json);
        json.WriteStartArray(arrayName);
        await foreach (var e in events.WithCancellation(ct))
        {
            item(json, e);
            await json.FlushAsync(ct);
            await sink.FlushAsync(ct: ct);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(ct);
    }
}
