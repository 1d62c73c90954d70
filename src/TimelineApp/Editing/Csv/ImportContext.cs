using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Data;
using TimelineApp.Events;

namespace TimelineApp.Editing.Csv;

/// <summary>
/// Everything an import looks up, read once: types, articles (by URL and key), places, actors, slugs. Its resolver
/// hands out these rows instead of querying per row, and remembers the new places and actors to insert.
/// </summary>
internal sealed class ImportContext : IEntityResolver
{
    private readonly Dictionary<string, EventType> _types;
    private readonly Dictionary<int, SourceArticle> _articles;
    private readonly Dictionary<PlaceKey, Place> _places;
    private readonly Dictionary<string, Actor> _actors;
    private readonly HashSet<string> _slugs;
    private readonly List<Place> _newPlaces = [];
    private readonly List<Actor> _newActors = [];

    private ImportContext(List<EventType> types, List<SourceArticle> articles, List<Place> places, List<Actor> actors,
        HashSet<string> slugs, LocalDate today)
    {
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
            byRef.TryAdd(EventCsvWriter.SourceRef(a), a.Id);
        }
        ArticlesByRef = byRef;
        Refs = new EditingReferenceData(today, types.Where(t => !t.IsArchived).Select(t => t.Id).ToHashSet(), articles.ToDictionary(a => a.Id, a => a.Text));
    }

    public IReadOnlyDictionary<string, int> ArticlesByRef { get; }
    public EditingReferenceData Refs { get; }

    public static async Task<ImportContext> LoadAsync(TimelineDb db, LocalDate today, CancellationToken ct)
    {
        var slugs = (await db.Events.Select(e => e.Slug).ToListAsync(ct)).Concat(await db.SlugAliases.Select(a => a.Slug).ToListAsync(ct)).ToHashSet();
        return new ImportContext(await db.EventTypes.AsNoTracking().ToListAsync(ct), await db.Articles.AsNoTracking().ToListAsync(ct),
            await db.Places.AsNoTracking().ToListAsync(ct), await db.Actors.AsNoTracking().ToListAsync(ct), slugs, today);
    }

    public string TakeSlug(string title)
    {
        var slug = EditingData.FreeSlug(EventRules.Slugify(title), _slugs);
        _slugs.Add(slug);
        return slug;
    }

    public ValueTask<EventType> TypeAsync(string id, CancellationToken ct) => new(_types[id]);

    public ValueTask<Place> PlaceAsync(PlaceForm p, CancellationToken ct)
    {
        var key = PlaceKey.Of(p);
        if (!_places.TryGetValue(key, out var place))
        {
            _places[key] = place = PlaceKey.NewPlace(key);
            _newPlaces.Add(place);
        }
        return new(place);
    }

    public ValueTask<Actor> ActorAsync(ActorForm a, CancellationToken ct)
    {
        var name = a.Name.Trim();
        if (!_actors.TryGetValue(name, out var actor))
        {
            _actors[name] = actor = new Actor { Name = name, Kind = a.Kind };
            _newActors.Add(actor);
        }
        return new(actor);
    }

    public ValueTask<SourceArticle> ArticleAsync(int id, CancellationToken ct) => new(_articles[id]);

    /// <summary>Inserts the places and actors first used since the last call, so events can refer to their ids.</summary>
    public void InsertNewPlacesAndActors(ImportInserts inserts)
    {
        foreach (var p in _newPlaces) inserts.Places.Insert(p);
        foreach (var a in _newActors) inserts.Actors.Insert(a);
        _newPlaces.Clear();
        _newActors.Clear();
    }
}
