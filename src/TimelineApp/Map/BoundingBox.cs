using System.Globalization;

namespace TimelineApp.Map;

/// <summary>A "west,south,east,north" box in degrees; west &gt; east means the box crosses the antimeridian.</summary>
public sealed record BoundingBox(double West, double South, double East, double North)
{
    public bool CrossesAntimeridian => West > East;

    public static bool TryParse(string? text, out BoundingBox? box, out string? error)
    {
        box = null;
        error = null;
        var parts = (text ?? "").Split(',');
        var numbers = new double[parts.Length];
        if (parts.Length != 4 || parts.Select((p, i) => double.TryParse(p.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[i])).Any(ok => !ok)
            || numbers.Any(n => !double.IsFinite(n)))
        {
            error = $"'{text}' is not four numbers 'west,south,east,north' in degrees, like 9.3,19.5,25.2,33.2";
            return false;
        }
        var (west, south, east, north) = (numbers[0], numbers[1], numbers[2], numbers[3]);
        if (Math.Abs(west) > 180 || Math.Abs(east) > 180) error = "west and east must be longitudes from -180 to 180";
        else if (Math.Abs(south) > 90 || Math.Abs(north) > 90) error = "south and north must be latitudes from -90 to 90";
        else if (south > north) error = $"south ({south.ToString(CultureInfo.InvariantCulture)}) is north of north ({north.ToString(CultureInfo.InvariantCulture)})";
        if (error is not null) return false;
        box = new BoundingBox(west, south, east, north);
        return true;
    }
}
