using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;

namespace TimelineApp.Editing;

/// <summary>Turns what a form names (type, place, actor, article) into rows: existing ones reused, new ones added.</summary>
public interface IEntityResolver
{
    ValueTask<EventType> TypeAsync(string id, CancellationToken ct);
    ValueTask<Place> PlaceAsync(PlaceForm p, CancellationToken ct);
    ValueTask<Actor> ActorAsync(ActorForm a, CancellationToken ct);
    ValueTask<SourceArticle> ArticleAsync(int id, CancellationToken ct);
}

/// <summary>Asks the database each time; right for one form at a time.</summary>
internal sealed class DbEntityResolver(TimelineDb db) : IEntityResolver
{
    public async ValueTask<EventType> TypeAsync(string id, CancellationToken ct) => await db.EventTypes.SingleAsync(t => t.Id == id, ct);

    /// <summary>An identical existing place is reused; places are shared, so an existing row is never changed.</summary>
    public async ValueTask<Place> PlaceAsync(PlaceForm p, CancellationToken ct)
    {
        var key = PlaceKey.Of(p);
        var tracked = db.Places.Local.FirstOrDefault(x => PlaceKey.Of(x) == key);
        if (tracked is not null) return tracked;
        var existing = await db.Places.Where(x => x.Name == key.Name && x.Country == key.Country && x.GeoPrecision == key.Precision).ToListAsync(ct);
        return existing.FirstOrDefault(x => PlaceKey.Of(x) == key) ?? PlaceKey.NewPlace(key);
    }

    public async ValueTask<Actor> ActorAsync(ActorForm a, CancellationToken ct)
    {
        var name = a.Name.Trim();
        return db.Actors.Local.FirstOrDefault(x => string.Equals(x.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? await db.Actors.FirstOrDefaultAsync(x => x.Name.ToLower() == name.ToLower(), ct)
            ?? db.Actors.Add(new Actor { Name = name, Kind = a.Kind }).Entity;
    }

    public async ValueTask<SourceArticle> ArticleAsync(int id, CancellationToken ct) => await db.Articles.SingleAsync(a => a.Id == id, ct);
}

/// <summary>A place's identity: same name, country, precision and position (to 7 decimals, about 1 cm).</summary>
public readonly record struct PlaceKey(string Name, string Country, GeoPrecision Precision, double Latitude, double Longitude)
{
    public static PlaceKey Of(PlaceForm p) => new(p.Name.Trim(), p.Country.Trim().ToUpperInvariant(), p.GeoPrecision,
        Math.Round(p.Latitude ?? 0, 7), Math.Round(p.Longitude ?? 0, 7));

    public static PlaceKey Of(Place p) => new(p.Name, p.Country, p.GeoPrecision, Math.Round(p.Latitude, 7), Math.Round(p.Longitude, 7));

    public static Place NewPlace(PlaceKey k) => new() { Name = k.Name, Country = k.Country, Latitude = k.Latitude, Longitude = k.Longitude, GeoPrecision = k.Precision };
}
