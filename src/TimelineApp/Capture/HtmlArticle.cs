using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace TimelineApp.Capture;

/// <summary>
/// An HTML page's article by SmartReader, with the publication moment (and its offset) from the page's own metadata,
/// and the main text as paragraphs taken block by block from the article SmartReader kept.
/// </summary>
public static class HtmlArticle
{
    private const string Blocks = "p, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dd, dt";

    public static ExtractedArticle Extract(string html, Uri? address)
    {
        var uri = address?.AbsoluteUri ?? "https://upload.invalid/";
        // One parse: the page's own metadata is read first, because Readability then rewrites the document.
        var page = new HtmlParser().ParseDocument(html);
        var root = page.DocumentElement;
        var language = ArticleExtractor.Blank(root.GetAttribute("lang"));
        var dir = ArticleExtractor.Blank(root.GetAttribute("dir")) ?? page.Body?.GetAttribute("dir");
        var h1s = page.QuerySelectorAll("h1");
        // The page's own headline: its one h1, else what it tells sharers, else Readability's pick from the title.
        var ownHeadline = (h1s.Length == 1 ? ArticleExtractor.Blank(ArticleExtractor.Paragraphs(h1s[0].TextContent)) : null) ?? Meta(page, "og:title");
        var siteName = Meta(page, "og:site_name");
        var published = Published(page);
        // This constructor reads the parsed page; it never downloads (Reader.ParseArticle(uri, html) would) nor runs scripts.
        var article = new Reader(uri, page).GetArticle();
        var text = article.Content is { Length: > 0 } content ? BlockText(content) : "";
        if (text.Length == 0) text = ArticleExtractor.Paragraphs(article.TextContent ?? "");
        language ??= ArticleExtractor.Blank(article.Language);
        dir ??= ArticleExtractor.Blank(article.Dir);
        var author = ArticleExtractor.Blank(article.Author) ?? ArticleExtractor.Blank(article.Byline);
        if (author is not null && author.StartsWith("By ", StringComparison.OrdinalIgnoreCase)) author = author[3..].Trim();
        var outlet = ArticleExtractor.Blank(article.SiteName) ?? siteName ?? HostName(address);
        var headline = ownHeadline ?? ArticleExtractor.Blank(article.Title);
        published ??= article.PublicationDate is { } d ? new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)) : null;
        return new ExtractedArticle(headline, author, outlet, published, language,
            TextDirection.Of(dir, language, text), text);
    }

    private static string BlockText(string content)
    {
        var doc = new HtmlParser().ParseDocument(content);
        var blocks = doc.QuerySelectorAll(Blocks).Where(e => e.QuerySelector(Blocks) is null)
            .Select(e => ArticleExtractor.Paragraphs(e.TextContent).Replace("\n\n", "\n"))
            .Where(t => t.Length > 0);
        return string.Join("\n\n", blocks);
    }

    private static string? Meta(IDocument page, string property) =>
        ArticleExtractor.Blank(page.QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content"));

    private static DateTimeOffset? Published(IDocument page)
    {
        var candidates = new[]
        {
            Meta(page, "article:published_time"), Meta(page, "datePublished"), Meta(page, "pubdate"),
            page.QuerySelector("[itemprop='datePublished']")?.GetAttribute("content") ?? page.QuerySelector("[itemprop='datePublished']")?.GetAttribute("datetime"),
            page.QuerySelector("time[datetime]")?.GetAttribute("datetime"),
        };
        foreach (var c in candidates)
        {
            if (c is not null && DateTimeOffset.TryParse(c, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)) return at;
        }
        return null;
    }

    private static string? HostName(Uri? address) => address is null || address.Host.EndsWith(".invalid", StringComparison.Ordinal) ? null
        : address.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? address.Host[4..] : address.Host;
}
