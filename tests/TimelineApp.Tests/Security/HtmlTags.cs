using System.Net;
using System.Text.RegularExpressions;

namespace TimelineApp.Tests.Security;

/// <summary>Start tags with their attributes (quoted, single-quoted or bare values), forms with their bodies; comments skipped.</summary>
public static partial class HtmlTags
{
    public sealed record Tag(string Name, IReadOnlyDictionary<string, string> Attributes, int At)
    {
        public string? this[string name] => Attributes.GetValueOrDefault(name);
    }

    public sealed record Form(Tag Start, string Body);

    public static IReadOnlyList<Tag> All(string html) => StartTag().Matches(WithoutComments(html))
        .Select(m => new Tag(m.Groups["name"].Value.ToLowerInvariant(), Attributes(m.Groups["attrs"].Value), m.Index)).ToList();

    public static IReadOnlyList<Form> Forms(string html) => FormPattern().Matches(WithoutComments(html))
        .Select(m => new Form(All(m.Value)[0], m.Groups["body"].Value)).ToList();

    /// <summary>Blazor's markers (&lt;!--Blazor:{…}--&gt;) carry JSON; they are not markup.</summary>
    private static string WithoutComments(string html) => Comment().Replace(html, "");

    private static Dictionary<string, string> Attributes(string text)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match a in Attribute().Matches(text)) attributes[a.Groups["name"].Value] = WebUtility.HtmlDecode(a.Groups["value"].Value);
        return attributes;
    }

    [GeneratedRegex(@"<(?<name>[a-zA-Z][a-zA-Z0-9-]*)(?<attrs>(?:\s+[^\s""'>/=]+(?:\s*=\s*(?:""[^""]*""|'[^']*'|[^\s""'=<>`]+))?)*)\s*/?>")]
    private static partial Regex StartTag();

    [GeneratedRegex(@"(?<name>[^\s""'>/=]+)(?:\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)'|(?<value>[^\s""'=<>`]+)))?")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"<form\b[^>]*>(?<body>.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();
}
