using System.Text.Json.Serialization;

namespace TimelineApp.Map;

// The compact GeoJSON of GET /api/map/features: only what a marker and its popup need.

public sealed record MarkerProperties(
    string Slug, string Title, string Type, string Date, string Place, string Precision,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Casualties);

public sealed record PointGeometry(double[] Coordinates)
{
    [JsonPropertyOrder(-1)] public string Type => "Point";
}

public sealed record MarkerFeature(PointGeometry Geometry, MarkerProperties Properties)
{
    [JsonPropertyOrder(-1)] public string Type => "Feature";
}

/// <summary>
/// <c>Total</c> counts every located event that matched; <c>Truncated</c> says the features stop at <c>Limit</c>;
/// <c>Unlocated</c> counts matching events that have no place and so are not on the map.
/// </summary>
public sealed record MarkerCollection(int Total, int Limit, bool Truncated, int Unlocated, IReadOnlyList<MarkerFeature> Features)
{
    [JsonPropertyOrder(-1)] public string Type => "FeatureCollection";
}
