using NodaTime.Text;
using TimelineApp.Data;
using TimelineApp.Dates;
using TimelineApp.Events;
using TimelineApp.Common;

namespace TimelineApp.Timeline;

/// <summary>What one line of the timeline shows: the public event, where it sits in the list, and its type.</summary>
public sealed record TimelineEntry(EventDto Event, PartialDate Start, EventType Type)
{
    public string Casualties => CasualtyLine.Format(Event.Claims);

    /// <summary>The entry for an event in its public shape; the type comes from the taxonomy (colour, shape).</summary>
    public static TimelineEntry From(EventDto e, IReadOnlyDictionary<string, EventType> types)
    {
        var precision = EnumText.TryParseKebab<DatePrecision>(e.DatePrecision, out var p) ? p : DatePrecision.Day;
        var type = types.TryGetValue(e.Type, out var t) ? t
            : new EventType { Id = e.Type, Name = e.TypeName, Color = "#6F6F6F", Shape = "ring" };
        return new(e, PartialDate.Of(LocalDatePattern.Iso.Parse(e.StartDate).Value, precision), type);
    }
}

public sealed record EntryPage(int Total, int Page, int PageSize, IReadOnlyList<TimelineEntry> Items)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
