using System.Text.Json;
using TimelineApp.Data;

namespace TimelineApp.Events;

/// <summary>The JSON stored in a revision: the event in its public shape, enough to diff and restore.</summary>
public static class EventSnapshot
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string ToJson(Event e) => JsonSerializer.Serialize(EventDto.From(e), Options);

    public static EventDto? FromJson(string json) => JsonSerializer.Deserialize<EventDto>(json, Options);
}
