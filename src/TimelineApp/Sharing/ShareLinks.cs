using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using TimelineApp.Events;

namespace TimelineApp.Sharing;

/// <summary>What a link of ours embeds as: the matching /embed/ route, its usual size, and the iframe code for it.</summary>
public sealed record EmbedTarget(string Kind, string EmbedPathAndQuery, string? Slug, int Width, int Height);

/// <summary>Maps app links to their embeds (for oEmbed and the share dialog) and writes iframe code.</summary>
public static class ShareLinks
{
    public static readonly IReadOnlyList<(string Name, int Width, int Height)> Sizes =
        [("Small", 400, 300), ("Medium", 600, 400), ("Large", 800, 600)];

    /// <summary>The embeds' theme parameter: "auto" follows the light or dark setting of the report's reader.</summary>
    public static readonly IReadOnlyList<(string Value, string Text)> Themes =
        [("auto", "Automatic"), ("light", "Light"), ("dark", "Dark")];

    public const string DefaultTheme = "auto";

    /// <summary>An embed address with its theme parameter ("…?type=airstrike&amp;theme=dark").</summary>
    public static string WithTheme(string embedUrl, string theme) =>
        embedUrl + (embedUrl.Contains('?') ? '&' : '?') + "theme=" + Uri.EscapeDataString(theme);

    /// <summary>"/events/{slug}": an event's permanent address on this site.</summary>
    public static string EventPath(string slug) => "/events/" + Uri.EscapeDataString(slug);

    /// <summary>
    /// The embed for a path and query of this app: "/" → timeline, "/map" → map, "/events/{slug}" → event card.
    /// "/?view=axis" → the time axis (with its lanes). A view's embed keeps the filter parameters of its query as they are written and leaves out the rest (page, event, view).
    /// </summary>
    public static EmbedTarget? EmbedFor(string path, string query)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var axis = IsAxis(segments, query);
        query = FilterPart(query, keepLanes: axis);
        return segments switch
        {
            _ when axis => new EmbedTarget("axis", "/embed/axis" + query, null, 800, 400),
            [] or ["embed", "timeline"] => new EmbedTarget("timeline", "/embed/timeline" + query, null, 600, 400),
            ["map"] or ["embed", "map"] => new EmbedTarget("map", "/embed/map" + query, null, 600, 400),
            ["events", var slug] => Event(slug),
            ["embed", "event", var slug] => Event(slug),
            _ => null,
        };
    }

    /// <summary>"/?view=axis" (the time axis) or its embed "/embed/axis".</summary>
    private static bool IsAxis(string[] segments, string query) => segments switch
    {
        ["embed", "axis"] => true,
        [] => Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query).TryGetValue("view", out var v)
            && string.Equals(v.LastOrDefault(), "axis", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    private static string FilterPart(string query, bool keepLanes)
    {
        var kept = query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => Uri.UnescapeDataString(p.Split('=')[0]) is var name && (EventFilter.Parameters.Contains(name) || (keepLanes && name == "lanes"))).ToList();
        return kept.Count == 0 ? "" : "?" + string.Join("&", kept);
    }

    private static EmbedTarget Event(string escapedSlug)
    {
        var slug = Uri.UnescapeDataString(escapedSlug);
        return new EmbedTarget("event", "/embed/event/" + Uri.EscapeDataString(slug), slug, 480, 320);
    }

    /// <summary>The iframe to paste into a report; every attribute value is HTML-encoded.</summary>
    public static string Iframe(string src, int width, int height, string title)
    {
        // Only what HTML needs escaped: a reader copying the code should see "·" and "–", not "&#xB7;" and "&#x2013;".
        var html = HtmlEncoder.Create(UnicodeRanges.All);
        return string.Create(CultureInfo.InvariantCulture,
            $"<iframe src=\"{html.Encode(src)}\" width=\"{width}\" height=\"{height}\" title=\"{html.Encode(title)}\" style=\"border:0\" loading=\"lazy\"></iframe>");
    }
}
