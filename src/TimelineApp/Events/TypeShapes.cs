using System.Globalization;

namespace TimelineApp.Events;

/// <summary>
/// The marker shape of each event type as an SVG path in a 24×24 box. Timeline badges, the density chart
/// legend, map markers and the SVG export all draw from here, so a type looks the same everywhere.
/// </summary>
public static class TypeShapes
{
    private static readonly Dictionary<string, string> Paths = new(StringComparer.OrdinalIgnoreCase)
    {
        ["circle"] = "M12 3a9 9 0 1 0 0.01 0Z",
        ["ring"] = "M12 3a9 9 0 1 0 0.01 0Zm0 4a5 5 0 1 1-0.01 0Z",
        ["square"] = "M4 4h16v16H4Z",
        ["triangle"] = "M12 2.5 22 20.5H2Z",
        ["triangle-down"] = "M2 3.5h20L12 21.5Z",
        ["diamond"] = "M12 1.5 22.5 12 12 22.5 1.5 12Z",
        ["star"] = "M12 1.8l2.9 6.6 7.2.6-5.5 4.7 1.7 7-6.3-3.8-6.3 3.8 1.7-7L1.9 9l7.2-.6Z",
        ["cross"] = "M8.5 2h7v6.5H22v7h-6.5V22h-7v-6.5H2v-7h6.5Z",
        ["pentagon"] = "M12 2 22 9.3 18.2 21H5.8L2 9.3Z",
        ["hexagon"] = "M7 2.5h10l5 9.5-5 9.5H7L2 12Z",
    };

    public static IReadOnlyCollection<string> Names => Paths.Keys;

    public static string PathFor(string shape) => Paths.TryGetValue(shape, out var p) ? p : Paths["circle"];

    /// <summary>A standalone SVG of the shape; the colour must be a CSS hex colour (validated).</summary>
    public static string Svg(string shape, string color, int size = 14) =>
        string.Create(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{size}\" height=\"{size}\" viewBox=\"0 0 24 24\" aria-hidden=\"true\"><path d=\"{PathFor(shape)}\" fill=\"{SafeColor(color)}\" stroke=\"#1d1d1f\" stroke-width=\"1\" fill-rule=\"evenodd\"/></svg>");

    public static string SafeColor(string color) =>
        color.Length is 4 or 7 && color[0] == '#' && color.Skip(1).All(char.IsAsciiHexDigit) ? color : "#6F6F6F";
}
