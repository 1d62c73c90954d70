using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;
using TimelineApp.Dates;

namespace TimelineApp.Events;

public sealed record EventLink(string Slug, string Title, string DateText);

/// <summary>Everything the event page shows: the event with its sources, and its chronological neighbours.</summary>
public sealed record EventPageModel(Event Event, EventDto Dto, EventLink? Previous, EventLink? Next);

public sealed class EventPageQuery(IDbContextFactory<TimelineDb> dbFactory)
{
    /// <summary>The published event with this slug, or null.</summary>
    public async Task<EventPageModel?> BySlugAsync(string slug, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var e = await EventQuery.WithDetails(db.Events.AsNoTracking()
            .Where(x => x.Slug == slug && x.Status == EventStatus.Published)).FirstOrDefaultAsync(ct);
        if (e is null) return null;
        var published = EventQuery.Filtered(db, EventFilter.None);
        var (start, precision, id) = (e.StartDate, e.DatePrecision, e.Id);
        // The timeline's order is (StartDate, coarser precision first, Id); neighbours follow it.
        var before = published.Where(x => x.StartDate < start
            || (x.StartDate == start && (x.DatePrecision > precision || (x.DatePrecision == precision && x.Id < id))));
        var after = published.Where(x => x.StartDate > start
            || (x.StartDate == start && (x.DatePrecision < precision || (x.DatePrecision == precision && x.Id > id))));
        var previous = await EventQuery.Ordered(before, SortOrder.Newest).Select(Link).FirstOrDefaultAsync(ct);
        var next = await EventQuery.Ordered(after, SortOrder.Oldest).Select(Link).FirstOrDefaultAsync(ct);
        return new EventPageModel(e, EventDto.From(e), ToLink(previous), ToLink(next));
    }

    /// <summary>The current slug of a published event that used to have <paramref name="oldSlug"/>, if any.</summary>
    public async Task<string?> CurrentSlugForAliasAsync(string oldSlug, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SlugAliases.Where(a => a.Slug == oldSlug)
            .Join(EventQuery.Filtered(db, EventFilter.None), a => a.EventId, e => e.Id, (a, e) => e.Slug)
            .FirstOrDefaultAsync(ct);
    }

    private static readonly System.Linq.Expressions.Expression<Func<Event, LinkRow>> Link =
        x => new LinkRow(x.Slug, x.Title, x.StartDate, x.EndDate, x.DatePrecision, x.EndDatePrecision, x.Approximate);

    private sealed record LinkRow(string Slug, string Title, NodaTime.LocalDate Start, NodaTime.LocalDate? End,
        DatePrecision Precision, DatePrecision? EndPrecision, bool Approximate);

    private static EventLink? ToLink(LinkRow? r) => r is null ? null : new EventLink(r.Slug, r.Title,
        new DateSpan(new PartialDate(r.Start, r.Precision),
            r.End is { } end ? new PartialDate(end, r.EndPrecision ?? r.Precision) : null, r.Approximate).Format());
}
