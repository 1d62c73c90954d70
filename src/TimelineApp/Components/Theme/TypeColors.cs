using System.Globalization;
using TimelineApp.Events;

namespace TimelineApp.Components.Theme;

/// <summary>
/// Event-type colours for the dark theme: the taxonomy's colour, lightened until it stands out from the dark surface
/// at 3:1 (the contrast a shape or border needs), so a deep indigo stays visible on a dark page.
/// </summary>
public static class TypeColors
{
    public const double MinContrast = 3.0;

    /// <summary>The type's theme variable (light or dark, from /theme.css), with its own colour as the fallback.</summary>
    public static string Var(string typeId, string color) =>
        $"var(--type-{CssName(typeId)}, {TypeShapes.SafeColor(color)})";

    public static string CssName(string typeId) => string.Concat(typeId.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'));

    public static string ForDark(string hex, string darkSurface = "#1f1f23")
    {
        var (r, g, b) = Parse(hex);
        var surface = Luminance(Parse(darkSurface));
        for (var mix = 0.0; mix <= 1.0; mix += 0.05)
        {
            var c = (Lerp(r, mix), Lerp(g, mix), Lerp(b, mix));
            if (Contrast(Luminance(c), surface) >= MinContrast) return Format(c);
        }
        return "#ffffff";
    }

    public static double Contrast(double l1, double l2) => (Math.Max(l1, l2) + 0.05) / (Math.Min(l1, l2) + 0.05);

    public static double Luminance((int R, int G, int B) c)
    {
        static double Channel(int v) { var s = v / 255.0; return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4); }
        return 0.2126 * Channel(c.R) + 0.7152 * Channel(c.G) + 0.0722 * Channel(c.B);
    }

    public static (int R, int G, int B) Parse(string hex)
    {
        var h = hex.TrimStart('#');
        if (h.Length == 3) h = string.Concat(h.Select(ch => $"{ch}{ch}"));
        return (int.Parse(h[..2], NumberStyles.HexNumber), int.Parse(h[2..4], NumberStyles.HexNumber), int.Parse(h[4..6], NumberStyles.HexNumber));
    }

    private static int Lerp(int v, double toWhite) => (int)Math.Round(v + (255 - v) * toWhite);

    private static string Format((int R, int G, int B) c) => $"#{c.R:x2}{c.G:x2}{c.B:x2}";
}
