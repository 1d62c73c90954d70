using TimelineApp.Data;
using TimelineApp.Dates;
using TimelineApp.Events;
using TimelineApp.Timeline;

namespace TimelineApp.Export;

/// <summary>A filter in words for titles and captions: "Airstrike, Bombing · Libya · 1 Feb 2015 – 28 Feb 2015".</summary>
public static class FilterDescription
{
    public static string Describe(EventFilter f, IReadOnlyDictionary<string, EventType> types)
    {
        var parts = new List<string>();
        if (f.Types.Count > 0) parts.Add(string.Join(", ", f.Types.Select(t => types.TryGetValue(t, out var type) ? type.Name : t)));
        if (f.Country is { } country) parts.Add(CountryNames.Name(country));
        if (f.Actor is { } actor) parts.Add($"involving {actor}");
        if (f.Tags.Count > 0) parts.Add($"tagged {string.Join(", ", f.Tags)}");
        if (f.Text is { } text) parts.Add($"matching “{text}”");
        var from = f.From is { } a ? new PartialDate(a, DatePrecision.Day).Format() : null;
        var to = f.To is { } b ? new PartialDate(b, DatePrecision.Day).Format() : null;
        if (from is not null || to is not null)
            parts.Add(from is null ? $"until {to}" : to is null ? $"from {from}" : from == to ? from : $"{from} – {to}");
        return parts.Count == 0 ? "All events" : string.Join(" · ", parts);
    }
}
