using System.Net;
using TimelineApp.Tests.Embed;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Timeline;

/// <summary>The timeline's first HTML (before any circuit): what crawlers, link previews and slow phones get.</summary>
public class TimelinePageHttpTests(TimelineFactory app) : IClassFixture<TimelineFactory>
{
    [Fact]
    public async Task Prerendered_page_contains_the_first_page_of_events()
    {
        var (status, html, text) = await app.GetPageAsync("/");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("24 events", text);
        Assert.Contains("Egyptian airstrikes on Islamic State targets in Derna", text);
        Assert.Contains("Bomb blasts kill dozens in Al-Qubba", text);
        Assert.Contains("40–50 killed (VICE News) · 3 civilians killed (Libyan army spokesman)", text);
        Assert.Contains("href=\"/events/egyptian-airstrikes-on-derna\"", html);
        Assert.Contains("<h2 id=\"year-2015\"", html);
    }

    [Fact]
    public async Task Prerendered_page_applies_the_filters_in_the_url()
    {
        var text = (await app.GetPageAsync("/?type=airstrike&country=LY")).Text;
        Assert.Contains("4 events", text);
        Assert.DoesNotContain("Bomb blasts kill dozens in Al-Qubba", text);
    }

    [Fact]
    public async Task Unknown_and_malformed_values_are_ignored_with_a_visible_notice()
    {
        var (status, html, text) = await app.GetPageAsync("/?type=bogus&from=notadate");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("role=\"status\"", html);
        Assert.Contains("unknown event type 'bogus'", text);
        Assert.Contains("'notadate' is not a date", text);
        Assert.Contains("24 events", text);
    }

    [Fact]
    public async Task Search_words_are_marked_and_markup_in_the_query_stays_text()
    {
        var marked = (await app.GetPageAsync("/?q=qubba")).Html;
        Assert.Matches("<mark[^>]*>Qubba</mark>", marked);
        var html = (await app.GetPageAsync("/?q=" + Uri.EscapeDataString("<script>alert('x')</script>"))).Html;
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("value=\"&lt;script&gt;alert(", html);
    }

    [Fact]
    public async Task View_toggle_links_keep_the_query_and_mark_the_current_view()
    {
        var html = (await app.GetPageAsync("/?type=airstrike&event=egyptian-airstrikes-on-derna&view=split")).Html;
        var nav = html[html.IndexOf("<nav class=\"view-toggle\"", StringComparison.Ordinal)..];
        var links = HtmlScan.Elements(nav[..nav.IndexOf("</nav>", StringComparison.Ordinal)], "a");
        Assert.Equal(["List", "Map", "Split: list and map", "Axis: time axis"], links.Select(a => a.Text));
        Assert.Equal(["/?type=airstrike&event=egyptian-airstrikes-on-derna", "/map?type=airstrike&event=egyptian-airstrikes-on-derna",
            "/?type=airstrike&event=egyptian-airstrikes-on-derna&view=split", "/?type=airstrike&event=egyptian-airstrikes-on-derna&view=axis"], links.Select(a => a["href"]));
        Assert.Equal(["Split: list and map"], links.Where(a => a["aria-current"] == "page").Select(a => a.Text));
        Assert.Contains("aria-label=\"Event map\"", html); // the split view's map, prerendered with its count
        Assert.Contains(HtmlScan.Elements(html, "input"), i => i["name"] == "view" && i["value"] == "split"); // the plain filter form keeps the view

        var list = (await app.GetPageAsync("/?type=airstrike")).Html;
        Assert.DoesNotContain("aria-label=\"Event map\"", list);
        Assert.Contains("unknown event type", (await app.GetPageAsync("/?type=bogus&view=split")).Text);
        Assert.Contains("'grid' is not a view; use list, split or axis", (await app.GetPageAsync("/?view=grid")).Text);
    }

    [Fact]
    public async Task Link_preview_tags_describe_the_filtered_view()
    {
        var html = (await app.GetPageAsync("/?type=airstrike&country=LY")).Html;
        var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];
        var meta = HtmlScan.Elements(head, "meta");
        string? Meta(string key) => meta.FirstOrDefault(m => m["property"] == key || m["name"] == key)?["content"];
        Assert.Equal("Timeline: Airstrike · Libya · TimelineApp", Meta("og:title"));
        Assert.Equal("website", Meta("og:type"));
        Assert.Equal("http://localhost/?type=airstrike&country=LY", Meta("og:url"));
        Assert.StartsWith("4 events · Airstrike · Libya — ", Meta("og:description"));
        Assert.Equal(Meta("og:title"), Meta("twitter:title"));
        var oembed = Assert.Single(HtmlScan.Elements(head, "link"), l => l["type"] == "application/json+oembed");
        Assert.Equal("http://localhost/oembed?url=http%3A%2F%2Flocalhost%2F%3Ftype%3Dairstrike%26country%3DLY&format=json", oembed["href"]);
    }
}
