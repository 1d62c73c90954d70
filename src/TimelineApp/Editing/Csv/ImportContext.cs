using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Data;
using TimelineApp.Events;

namespace TimelineApp.Editing.Csv;

/// <summary>
/// Everything an import looks up, read once: types, articles (by URL and key), places, actors, slugs. Its resolver
/// hands out these rows instead of querying per row, which is what makes 100,000 rows import in seconds.
/// </summary>
internal sealed class ImportContext : IEntityResolver
{
    private readonly TimelineDb _db;
    private readonly Dictionary<string, EventType> _types;
    private readonly Dictionary<int, SourceArticle> _articles;
    private readonly Dictionary<PlaceKey, Place> _places;
    private readonly Dictionary<string, Actor> _actors;
    private readonly HashSet<string> _slugs;

    private ImportContext(TimelineDb db, List<EventType> types, List<SourceArticle> articles, List<Place> places, List<Actor> actors,
        HashSet<string> slugs, LocalDate today)
    {
        _db = db;
        _types = types.ToDictionary(t => t.Id);
        _articles = articles.ToDictionary(a => a.Id);
        _places = new Dictionary<PlaceKey, Place>();
        foreach (var p in places) _places.TryAdd(PlaceKey.Of(p), p);
        _actors = new Dictionary<string, Actor>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in actors) _actors.TryAdd(a.Name, a);
        _slugs = slugs;
        var byRef = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in articles)
        {
            byRef.TryAdd(a.Key, a.Id);
            if (a.Url is { Length: > 0 } url) byRef.TryAdd(url, a.Id);
        }
        ArticlesByRef = byRef;
        Refs = new EditingReferenceData(today, types.Where(t => !t.IsArchived).Select(t => t.Id).ToHashSet(), articles.ToDictionary(a => a.Id, a => a.Text));
    }

    public IReadOnlyDictionary<string, int> ArticlesByRef { get; }
    public EditingReferenceData Refs { get; }

    public static async Task<ImportContext> LoadAsync(TimelineDb db, LocalDate today, CancellationToken ct)
    {
        var slugs = (await db.Events.Select(e => e.Slug).ToListAsync(ct)).Concat(await db.SlugAliases.Select(a => a.Slug).ToListAsync(ct)).ToHashSet();
        return new ImportContext(db, await db.EventTypes.AsNoTracking().ToListAsync(ct), await db.Articles.AsNoTracking().ToListAsync(ct),
            await db.Places.AsNoTracking().ToListAsync(ct), await db.Actors.AsNoTracking().ToListAsync(ct), slugs, today);
    }

    public string TakeSlug(string title)
    {
        var slug = EditingData.FreeSlug(EventRules.Slugify(title), _slugs);
        _slugs.Add(slug);
        return slug;
    }

    public ValueTask<EventType> TypeAsync(string id, CancellationToken ct) => new(Tracked(_types[id]));

    public ValueTask<Place> PlaceAsync(PlaceForm p, CancellationToken ct)
    {
        var key = PlaceKey.Of(p);
        if (!_places.TryGetValue(key, out var place)) _places[key] = place = PlaceKey.NewPlace(key);
        return new(Tracked(place));
    }

    public ValueTask<Actor> ActorAsync(ActorForm a, CancellationToken ct)
    {
        var name = a.Name.Trim();
        if (!_actors.TryGetValue(name, out var actor)) _actors[name] = actor = new Actor { Name = name, Kind = a.Kind };
        return new(Tracked(actor));
    }

    public ValueTask<SourceArticle> ArticleAsync(int id, CancellationToken ct) => new(Tracked(_articles[id]));

    /// <summary>Shared rows are attached before an event points at them, so adding the event never re-inserts them.</summary>
    private T Tracked<T>(T entity) where T : class
    {
        var entry = _db.Entry(entity);
        if (entry.State == EntityState.Detached)
        {
            var isNew = entity switch { Place p => p.Id == 0, Actor a => a.Id == 0, _ => false };
            if (isNew) _db.Add(entity); else _db.Attach(entity);
        }
        return entity;
    }
}
