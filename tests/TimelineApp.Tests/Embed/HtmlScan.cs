using System.Net;
using System.Text.RegularExpressions;

namespace TimelineApp.Tests.Embed;

/// <summary>Just enough HTML reading for server-rendered pages: elements with their attributes and text, entities decoded.</summary>
public static partial class HtmlScan
{
    public sealed record Element(string Tag, IReadOnlyDictionary<string, string> Attributes, string Text)
    {
        public string? this[string attribute] => Attributes.GetValueOrDefault(attribute);
    }

    public static IReadOnlyList<Element> Elements(string html, string tag) =>
        ElementPattern(tag).Matches(html).Select(m => new Element(tag,
            AttributePattern().Matches(m.Groups["attrs"].Value).ToDictionary(a => a.Groups["name"].Value, a => WebUtility.HtmlDecode(a.Groups["value"].Value)),
            Text(m.Groups["inner"].Value))).ToList();

    /// <summary>The visible text, tags removed and entities decoded.</summary>
    public static string Text(string html) => WebUtility.HtmlDecode(TagPattern().Replace(html, ""));

    private static Regex ElementPattern(string tag) =>
        new($"<{tag}(?<attrs>(?:\\s[^>]*)?)(?:/>|>(?<inner>.*?)</{tag}>|>)", RegexOptions.Singleline | RegexOptions.IgnoreCase);

    /// <summary>name="value", or a bare boolean attribute such as download or readonly (value "").</summary>
    [GeneratedRegex("(?<name>[a-zA-Z:-][a-zA-Z0-9:-]*)(?:=\"(?<value>[^\"]*)\")?")]
    private static partial Regex AttributePattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
