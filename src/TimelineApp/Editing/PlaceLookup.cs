using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;

namespace TimelineApp.Editing;

/// <summary>A place an editor can pick: from the places already used (<see cref="PlaceId"/> set) or the offline gazetteer.</summary>
/// <param name="MatchedAs">The spelling that matched when it is not the name (the gazetteer's alias "Derna" for "Darnah").</param>
public sealed record PlaceHit(string Name, string Country, double Latitude, double Longitude, GeoPrecision Precision, int? PlaceId = null,
    string? MatchedAs = null)
{
    public string Label => MatchedAs is null ? $"{Name}, {Country}" : $"{Name}, {Country} (“{MatchedAs}”)";
}

/// <summary>Finds places by name. The form's look-up and the suggestions use only this (<see cref="GazetteerPlaceLookup"/> in the app).</summary>
public interface IPlaceLookup
{
    /// <param name="country">Only places in this country (ISO code), when given.</param>
    /// <param name="preferCountries">Countries the text is about: their places come first ("Derna" → Darnah, Libya rather than Derna, Romania).</param>
    Task<IReadOnlyList<PlaceHit>> SearchAsync(string query, string? country = null, IReadOnlyCollection<string>? preferCountries = null,
        int limit = 10, CancellationToken ct = default);

    /// <summary>The named place nearest to a point the editor clicked on a map; null when none is near (open sea).</summary>
    Task<PlaceHit?> NearestAsync(double latitude, double longitude, CancellationToken ct = default) => Task.FromResult<PlaceHit?>(null);

    /// <summary>Starts loading what searches need in the background, when an editor is about to search.</summary>
    void WarmUp() { }
}

/// <summary>Searches the Places rows already in the database (exact names first, then prefixes, then any match).</summary>
public sealed class ExistingPlaceLookup(IDbContextFactory<TimelineDb> dbFactory) : IPlaceLookup
{
    public async Task<IReadOnlyList<PlaceHit>> SearchAsync(string query, string? country = null, IReadOnlyCollection<string>? preferCountries = null,
        int limit = 10, CancellationToken ct = default)
    {
        var q = query.Trim();
        if (q.Length < 2) return [];
        var lower = q.ToLowerInvariant();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var places = db.Places.AsNoTracking().Where(p => p.Name.ToLower().Contains(lower));
        if (!string.IsNullOrWhiteSpace(country)) places = places.Where(p => p.Country == country.Trim().ToUpper());
        var found = await places.OrderBy(p => p.Name).Take(200).ToListAsync(ct);
        var preferred = new HashSet<string>(preferCountries ?? [], StringComparer.OrdinalIgnoreCase);
        return found
            .OrderBy(p => p.Name.Equals(q, StringComparison.OrdinalIgnoreCase) ? 0 : p.Name.StartsWith(q, StringComparison.OrdinalIgnoreCase) ? 1 : 2)
            .ThenBy(p => preferred.Contains(p.Country) ? 0 : 1)
            .ThenBy(p => p.GeoPrecision).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .DistinctBy(p => (p.Name, p.Country, p.Latitude, p.Longitude, p.GeoPrecision))
            .Take(limit)
            .Select(p => new PlaceHit(p.Name, p.Country, p.Latitude, p.Longitude, p.GeoPrecision, p.Id))
            .ToList();
    }
}
