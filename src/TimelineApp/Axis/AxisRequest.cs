using System.Globalization;
using TimelineApp.Events;

namespace TimelineApp.Axis;

/// <summary>What the axis lanes group by: the event's type (default), its country, or each of its actors.</summary>
public enum LaneKind { Type, Country, Actor }

/// <summary>
/// GET /api/axis's question: the reader's filter (its from/to are the visible window), the lanes and the drawing's
/// width in pixels, which sets how wide a cluster's bucket of days is.
/// </summary>
public sealed record AxisRequest(EventFilter Filter, LaneKind Lanes, int Width)
{
    public const int MinWidth = 200, MaxWidth = 4000, DefaultWidth = 1000;

    public static (AxisRequest Request, Dictionary<string, string[]> Errors) Parse(IQueryCollection query, IReadOnlyCollection<string> knownTypes)
    {
        var reading = Filtering.FilterReader.Read(query, knownTypes);
        var (filter, errors) = (reading.Filter, reading.Errors());
        var lanes = LaneKind.Type;
        if (query["lanes"].LastOrDefault()?.Trim() is { Length: > 0 } laneText && !TryParseLanes(laneText, out lanes))
            errors["lanes"] = [$"'{Shorten(laneText)}' is not a lane choice; use type, country or actor"];
        var width = DefaultWidth;
        if (query["width"].LastOrDefault()?.Trim() is { Length: > 0 } widthText
            && !(int.TryParse(widthText, NumberStyles.None, CultureInfo.InvariantCulture, out width) && width is >= MinWidth and <= MaxWidth))
        {
            errors["width"] = [$"'{Shorten(widthText)}' is not a whole number of pixels from {MinWidth} to {MaxWidth}"];
            width = DefaultWidth;
        }
        return (new AxisRequest(filter, lanes, width), errors);
    }

    public static bool TryParseLanes(string text, out LaneKind lanes)
    {
        lanes = text.ToLowerInvariant() switch { "type" => LaneKind.Type, "country" => LaneKind.Country, "actor" => LaneKind.Actor, _ => (LaneKind)(-1) };
        return Enum.IsDefined(lanes);
    }

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
