using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;

namespace TimelineApp.Events;

/// <summary>
/// Loads a page of events in their public shape by id: one plain query per part (events with type and
/// place, actors, tags, citations with their article's outlet/author/date, claims). About as cheap as
/// hand-written SQL, where Include+AsSplitQuery costs several times more CPU and reads every cited
/// article's full text (docs/benchmarks.md).
/// </summary>
internal static class EventPageLoader
{
    public static async Task<IReadOnlyList<EventDto>> LoadAsync(TimelineDb db, IReadOnlyList<int> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        var events = await db.Events.AsNoTracking().Include(e => e.Type).Include(e => e.Place)
            .Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct);
        var actors = (await db.EventActors.AsNoTracking().Where(a => ids.Contains(a.EventId))
            .OrderBy(a => a.EventId).ThenBy(a => a.ActorId).ThenBy(a => a.Role)
            .Select(a => new { a.EventId, a.Actor.Name, a.Role }).ToListAsync(ct)).ToLookup(a => a.EventId);
        var tags = (await db.EventTags.AsNoTracking().Where(t => ids.Contains(t.EventId)).ToListAsync(ct)).ToLookup(t => t.EventId, t => t.Tag);
        var citations = await db.Citations.AsNoTracking().Where(c => ids.Contains(c.EventId))
            .OrderBy(c => c.EventId).ThenBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.EventId, c.ArticleId, c.Article.Outlet, c.Article.Author, c.Article.PublishedDate, c.Quote })
            .ToListAsync(ct);
        var citationIds = citations.Select(c => c.Id).ToList();
        var claims = (await db.Claims.AsNoTracking().Where(k => citationIds.Contains(k.CitationId)).OrderBy(k => k.Id).ToListAsync(ct))
            .ToLookup(k => k.CitationId);
        var citationsByEvent = citations.ToLookup(c => c.EventId, c => (
            Citation: new CitationDto(c.ArticleId, c.Outlet, c.Author, EventDto.Iso(c.PublishedDate), c.Quote), Claims: claims[c.Id]));
        return ids.Where(events.ContainsKey).Select(id => EventDto.Compose(events[id],
            actors[id].Select(a => new ActorRoleDto(a.Name, a.Role)), tags[id],
            citationsByEvent[id].Select(c => (c.Citation, (IEnumerable<Claim>)c.Claims)).ToList())).ToList();
    }
}
