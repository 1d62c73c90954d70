using TimelineApp.Data;
using TimelineApp.Dates;
using TimelineApp.Events;

namespace TimelineApp.Timeline;

/// <summary>What one line of the timeline shows: the public event plus its dates and type for display.</summary>
public sealed record TimelineEntry(EventDto Event, DateSpan Dates, EventType Type, int SourceCount)
{
    public string Casualties => CasualtyLine.Format(Event.Claims);

    public static TimelineEntry From(Event e) =>
        new(EventDto.From(e), e.Dates, e.Type, e.Citations.Select(c => c.ArticleId).Distinct().Count());
}

public sealed record EntryPage(int Total, int Page, int PageSize, IReadOnlyList<TimelineEntry> Items)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
