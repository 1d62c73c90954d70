using TimelineApp.Data;
using TimelineApp.Map;

namespace TimelineApp.Editing;

/// <summary>
/// The editors' place look-up: the places already used first (they carry the spellings and precision editors chose),
/// then the offline gazetteer's towns, less those that are one of the known places under another spelling.
/// </summary>
public sealed class GazetteerPlaceLookup(IPlaceLookup known, Gazetteer gazetteer, ILogger<GazetteerPlaceLookup> log) : IPlaceLookup
{
    // About 10 km: the same town in the gazetteer and in our table (Darnah 32.767, 22.637 and Derna 32.7673, 22.6367).
    private const double SamePlaceDegrees = 0.1;

    public async Task<IReadOnlyList<PlaceHit>> SearchAsync(string query, string? country = null, IReadOnlyCollection<string>? preferCountries = null,
        int limit = 10, CancellationToken ct = default)
    {
        var knownHits = await known.SearchAsync(query, country, preferCountries, limit, ct);
        var only = string.IsNullOrWhiteSpace(country) ? null : country.Trim().ToUpperInvariant();
        var towns = SearchGazetteer(query, only is null ? preferCountries : [only], only is null ? limit : Gazetteer.MaxResults)
            .Where(g => only is null || g.Country == only)
            .Where(g => !knownHits.Any(k => k.Country == g.Country
                && Math.Abs(k.Latitude - g.Latitude) < SamePlaceDegrees && Math.Abs(k.Longitude - g.Longitude) < SamePlaceDegrees))
            .Select(g => new PlaceHit(g.Name, g.Country, g.Latitude, g.Longitude, GeoPrecision.Town, null, g.Alias));
        return knownHits.Concat(towns).Take(limit).ToList();
    }

    /// <summary>The nearest gazetteer town to a clicked point; the hit keeps the clicked coordinates (the editor pointed
    /// there) and the town's name and country, at town precision.</summary>
    public Task<PlaceHit?> NearestAsync(double latitude, double longitude, CancellationToken ct = default)
    {
        try
        {
            return Task.FromResult(gazetteer.Nearest(latitude, longitude) is { } near
                ? new PlaceHit(near.Place.Name, near.Place.Country, Math.Round(latitude, 5), Math.Round(longitude, 5), GeoPrecision.Town)
                : null);
        }
        catch (InvalidOperationException ex)
        {
            log.LogWarning("Nearest place without the gazetteer: {Reason}", ex.Message);
            return Task.FromResult<PlaceHit?>(null);
        }
    }

    /// <summary>The gazetteer loads on first use (seconds on a busy machine), so pages that will search start it early.</summary>
    public void WarmUp() => _ = Task.Run(() => SearchGazetteer("a", null, 1));

    private IReadOnlyList<GazetteerPlace> SearchGazetteer(string query, IReadOnlyCollection<string>? prefer, int limit)
    {
        try
        {
            return gazetteer.Search(query, prefer, limit);
        }
        catch (InvalidOperationException ex)
        {
            // Without its data file the gazetteer cannot help, but the places already used still can.
            log.LogWarning("Place look-up without the gazetteer: {Reason}", ex.Message);
            return [];
        }
    }
}
