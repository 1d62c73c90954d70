using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;

namespace TimelineApp.Editing;

/// <summary>A place an editor can pick: from the places already used, or (once plugged in) the offline gazetteer.</summary>
/// <param name="MatchedAs">The spelling that matched when it is not the name (the gazetteer's alias "Derna" for "Darnah").</param>
public sealed record PlaceHit(string Name, string Country, double Latitude, double Longitude, GeoPrecision Precision, int? PlaceId = null,
    string? MatchedAs = null)
{
    public string Label => $"{Name}, {Country}";
}

/// <summary>
/// Finds places by name. The form's look-up and the suggestions use only this, so the gazetteer service
/// (<c>/api/places/search?q=&amp;country=</c>) can replace <see cref="ExistingPlaceLookup"/> with one registration.
/// </summary>
public interface IPlaceLookup
{
    Task<IReadOnlyList<PlaceHit>> SearchAsync(string query, string? country = null, int limit = 10, CancellationToken ct = default);
}

/// <summary>Searches the Places rows already in the database (exact names first, then prefixes, then any match).</summary>
public sealed class ExistingPlaceLookup(IDbContextFactory<TimelineDb> dbFactory) : IPlaceLookup
{
    public async Task<IReadOnlyList<PlaceHit>> SearchAsync(string query, string? country = null, int limit = 10, CancellationToken ct = default)
    {
        var q = query.Trim();
        if (q.Length < 2) return [];
        var lower = q.ToLowerInvariant();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var places = db.Places.AsNoTracking().Where(p => p.Name.ToLower().Contains(lower));
        if (!string.IsNullOrWhiteSpace(country)) places = places.Where(p => p.Country == country.Trim().ToUpper());
        var found = await places.OrderBy(p => p.Name).Take(200).ToListAsync(ct);
        return found
            .OrderBy(p => p.Name.Equals(q, StringComparison.OrdinalIgnoreCase) ? 0 : p.Name.StartsWith(q, StringComparison.OrdinalIgnoreCase) ? 1 : 2)
            .ThenBy(p => p.GeoPrecision).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .DistinctBy(p => (p.Name, p.Country, p.Latitude, p.Longitude, p.GeoPrecision))
            .Take(limit)
            .Select(p => new PlaceHit(p.Name, p.Country, p.Latitude, p.Longitude, p.GeoPrecision, p.Id))
            .ToList();
    }
}
