using NodaTime;
using TimelineApp.Data;
using TimelineApp.Events;
using TimelineApp.Filtering;

namespace TimelineApp.Export;

/// <summary>What every export writer knows besides the events: the filter, the taxonomy, where the app lives, the count.</summary>
public sealed record ExportContext(
    EventFilter Filter, IReadOnlyDictionary<string, EventType> Types, string BaseUrl, int Total, int Limit, LocalDate Today)
{
    /// <summary>The export's own database context, for formats that read more than the events (the custody record).</summary>
    public TimelineDb? Db { get; init; }

    public int Count => Math.Min(Total, Limit);

    public bool Truncated => Total > Limit;

    public string Description => FilterDescription.Describe(Filter, Types);

    public string EventUrl(string slug) => BaseUrl + Sharing.ShareLinks.EventPath(slug);

    public EventType? TypeOf(Event e) => Types.GetValueOrDefault(e.TypeId) ?? e.Type;
}
