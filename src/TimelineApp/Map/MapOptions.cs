namespace TimelineApp.Map;

/// <summary>The "Map" section of appsettings.json. The base map is offline; a tile layer is only added when a URL template is set.</summary>
public sealed class MapOptions
{
    /// <summary>e.g. "https://tile.openstreetmap.org/{z}/{x}/{y}.png"; unset (the default) keeps the map fully offline.</summary>
    public string? TileUrlTemplate { get; set; }
    /// <summary>Shown in the map's attribution control with the tiles, e.g. "© OpenStreetMap contributors".</summary>
    public string? TileAttribution { get; set; }
    /// <summary>The most markers one response carries; the response says when more matched.</summary>
    public int MaxFeatures { get; set; } = 20_000;
}
