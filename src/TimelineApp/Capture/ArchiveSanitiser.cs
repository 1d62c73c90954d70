using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace TimelineApp.Capture;

/// <summary>
/// A captured HTML page made inert for showing: no scripts, frames, plugins, forms, base or meta tags, no event
/// handlers or javascript: links, and nothing that would load from elsewhere (images keep only data: sources,
/// styles lose url() and @import). The sandboxing CSP the page is served with enforces the same again.
/// </summary>
public static class ArchiveSanitiser
{
    private const string Removed = "script, noscript, iframe, frame, frameset, object, embed, applet, link, meta, base, form, input, button, "
        + "select, textarea, video, audio, source, track, portal, template, svg script, math";

    public static string Sanitise(string html)
    {
        var doc = new HtmlParser().ParseDocument(html);
        foreach (var e in doc.QuerySelectorAll(Removed).ToList()) e.Remove();
        foreach (var style in doc.QuerySelectorAll("style").ToList())
        {
            if (LoadsSomething(style.TextContent)) style.Remove();
        }
        foreach (var e in doc.All.ToList())
        {
            foreach (var attr in e.Attributes.ToList())
            {
                var name = attr.Name.ToLowerInvariant();
                var value = attr.Value.Trim();
                if (name.StartsWith("on", StringComparison.Ordinal) || name is "srcset" or "imagesrcset" or "background" or "poster" or "ping" or "formaction" or "xlink:href"
                    || (name is "src" or "data" && !value.StartsWith("data:image/", StringComparison.OrdinalIgnoreCase))
                    || (name == "style" && LoadsSomething(value))
                    || (name == "href" && !(value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || value.StartsWith('#'))))
                {
                    e.RemoveAttribute(attr.Name);
                }
            }
            if (e.LocalName == "a" && e.HasAttribute("href")) e.SetAttribute("rel", "noopener noreferrer nofollow");
        }
        return doc.DocumentElement.OuterHtml;
    }

    private static bool LoadsSomething(string css) =>
        css.Contains("url(", StringComparison.OrdinalIgnoreCase) || css.Contains("@import", StringComparison.OrdinalIgnoreCase)
        || css.Contains("image-set", StringComparison.OrdinalIgnoreCase) || css.Contains("expression(", StringComparison.OrdinalIgnoreCase);
}
