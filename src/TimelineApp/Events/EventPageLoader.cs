using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Data;

namespace TimelineApp.Events;

/// <summary>
/// Loads a page of events in their public shape by id: one plain, precompiled query per part (events with
/// type and place, actors, tags, citations with their article's outlet/author/date and their claims).
/// Include+AsSplitQuery cost several times the CPU of the same rows read by hand-written SQL, and read
/// every cited article's full text (docs/benchmarks.md).
/// </summary>
internal static class EventPageLoader
{
    private sealed record ActorRow(int EventId, string Name, string Role);

    private sealed record CitationRow(int Id, int EventId, int ArticleId, string Outlet, string Author, LocalDate PublishedDate, string Quote, Claim? Claim);

    /// <summary>
    /// A compiled query belongs to one model: one set per context type, since PostgreSQL's model differs from SQLite's
    /// (both run in one test process).
    /// </summary>
    private static class Queries<TDb> where TDb : TimelineDb
    {
        public static readonly Func<TDb, int[], IAsyncEnumerable<Event>> Events = EF.CompileAsyncQuery((TDb db, int[] ids) =>
            db.Events.AsNoTracking().Include(e => e.Type).Include(e => e.Place).Where(e => ids.Contains(e.Id)));

        public static readonly Func<TDb, int[], IAsyncEnumerable<ActorRow>> Actors = EF.CompileAsyncQuery((TDb db, int[] ids) =>
            db.EventActors.Where(a => ids.Contains(a.EventId)).OrderBy(a => a.EventId).ThenBy(a => a.ActorId).ThenBy(a => a.Role)
                .Select(a => new ActorRow(a.EventId, a.Actor.Name, a.Role)));

        public static readonly Func<TDb, int[], IAsyncEnumerable<EventTag>> Tags = EF.CompileAsyncQuery((TDb db, int[] ids) =>
            db.EventTags.AsNoTracking().Where(t => ids.Contains(t.EventId)));

        public static readonly Func<TDb, int[], IAsyncEnumerable<CitationRow>> Citations = EF.CompileAsyncQuery((TDb db, int[] ids) =>
            from c in db.Citations
            where ids.Contains(c.EventId)
            from k in c.Claims.DefaultIfEmpty()
            orderby c.EventId, c.SortOrder, c.Id, k!.Id
            select new CitationRow(c.Id, c.EventId, c.ArticleId, c.Article.Outlet, c.Article.Author, c.Article.PublishedDate, c.Quote, k));
    }

    public static Task<IReadOnlyList<EventDto>> LoadAsync(TimelineDb db, IReadOnlyList<int> pageIds, CancellationToken ct) =>
        db is PostgresTimelineDb pg ? LoadAsync<PostgresTimelineDb>(pg, pageIds, ct) : LoadAsync<TimelineDb>(db, pageIds, ct);

    private static async Task<IReadOnlyList<EventDto>> LoadAsync<TDb>(TDb db, IReadOnlyList<int> pageIds, CancellationToken ct) where TDb : TimelineDb
    {
        if (pageIds.Count == 0) return [];
        var ids = pageIds.ToArray();
        var events = (await ListAsync(Queries<TDb>.Events(db, ids), ct)).ToDictionary(e => e.Id);
        var actors = (await ListAsync(Queries<TDb>.Actors(db, ids), ct)).ToLookup(a => a.EventId, a => new ActorRoleDto(a.Name, a.Role));
        var tags = (await ListAsync(Queries<TDb>.Tags(db, ids), ct)).ToLookup(t => t.EventId, t => t.Tag);
        var citations = (await ListAsync(Queries<TDb>.Citations(db, ids), ct)).GroupBy(c => c.Id).ToLookup(g => g.First().EventId, g =>
        {
            var c = g.First();
            return (new CitationDto(c.ArticleId, c.Outlet, c.Author, EventDto.Iso(c.PublishedDate), c.Quote), g.Where(x => x.Claim is not null).Select(x => x.Claim!));
        });
        return pageIds.Where(events.ContainsKey)
            .Select(id => EventDto.Compose(events[id], actors[id], tags[id], citations[id].ToList())).ToList();
    }

    private static async Task<List<T>> ListAsync<T>(IAsyncEnumerable<T> rows, CancellationToken ct)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(ct)) list.Add(row);
        return list;
    }
}
