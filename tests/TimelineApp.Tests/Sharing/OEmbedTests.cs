using System.Net;
using System.Text.Json;
using TimelineApp.Tests.Embed;
using TimelineApp.Tests.Export;

namespace TimelineApp.Tests.Sharing;

public class OEmbedTests(ExportFixture fx) : IClassFixture<ExportFixture>
{
    private async Task<JsonElement> OEmbedAsync(string url, string extra = "")
    {
        var response = await fx.GetAsync($"/oembed?url={Uri.EscapeDataString(url)}&format=json{extra}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static HtmlScan.Element Iframe(JsonElement o) => Assert.Single(HtmlScan.Elements(o.GetProperty("html").GetString()!, "iframe"));

    [Fact]
    public async Task An_event_link_becomes_a_rich_iframe_of_its_embed_card()
    {
        var o = await OEmbedAsync("http://localhost/events/egyptian-airstrikes-on-derna");
        Assert.Equal("1.0", o.GetProperty("version").GetString());
        Assert.Equal("rich", o.GetProperty("type").GetString());
        Assert.Equal("TimelineApp", o.GetProperty("provider_name").GetString());
        Assert.Equal("Egyptian airstrikes on Islamic State targets in Derna", o.GetProperty("title").GetString());
        var iframe = Iframe(o);
        Assert.Equal("http://localhost/embed/event/egyptian-airstrikes-on-derna", iframe["src"]);
        Assert.Equal(o.GetProperty("width").GetInt32().ToString(), iframe["width"]);
        Assert.Equal(o.GetProperty("height").GetInt32().ToString(), iframe["height"]);
        Assert.Equal("Egyptian airstrikes on Islamic State targets in Derna", iframe["title"]);
    }

    [Fact]
    public async Task A_view_link_embeds_the_same_filters_and_honours_maxwidth_and_maxheight()
    {
        var timeline = await OEmbedAsync("http://localhost/?type=airstrike&country=LY", "&maxwidth=500&maxheight=300");
        Assert.Equal((500, 300), (timeline.GetProperty("width").GetInt32(), timeline.GetProperty("height").GetInt32()));
        Assert.Equal("http://localhost/embed/timeline?type=airstrike&country=LY", Iframe(timeline)["src"]);
        Assert.Equal("Timeline: Airstrike · Libya · TimelineApp", timeline.GetProperty("title").GetString());
        var map = await OEmbedAsync("http://localhost/map?from=2015-02", "&maxwidth=2000");
        Assert.Equal((600, 400), (map.GetProperty("width").GetInt32(), map.GetProperty("height").GetInt32()));
        Assert.Equal("http://localhost/embed/map?from=2015-02", Iframe(map)["src"]);
    }

    [Theory]
    [InlineData("https://elsewhere.example.org/events/egyptian-airstrikes-on-derna")]
    [InlineData("http://localhost/events/no-such-event")]
    [InlineData("http://localhost/sources")]
    [InlineData("http://localhost/?type=volcano")]
    public async Task Links_that_are_not_ours_or_name_nothing_published_get_404(string url)
    {
        var response = await fx.GetAsync($"/oembed?url={Uri.EscapeDataString(url)}&format=json");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Xml_is_not_implemented_and_bad_sizes_are_named()
    {
        var xml = await fx.GetAsync("/oembed?url=" + Uri.EscapeDataString("http://localhost/") + "&format=xml");
        Assert.Equal(HttpStatusCode.NotImplemented, xml.StatusCode);
        var bad = await fx.GetAsync("/oembed?url=" + Uri.EscapeDataString("http://localhost/") + "&maxwidth=wide");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("maxwidth", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_hostile_title_stays_text_in_the_iframe_code()
    {
        var o = await OEmbedAsync("http://localhost/events/" + fx.HostileSlug);
        Assert.DoesNotContain("<script", o.GetProperty("html").GetString());
        Assert.Equal(ExportTestData.HostileTitle, Iframe(o)["title"]);
    }

    [Theory]
    [InlineData("/embed/timeline?type=airstrike", "http://localhost/?type=airstrike", "website")]
    [InlineData("/embed/map?type=airstrike", "http://localhost/map?type=airstrike", "website")]
    [InlineData("/embed/event/egyptian-airstrikes-on-derna", "http://localhost/events/egyptian-airstrikes-on-derna", "article")]
    public async Task Embed_pages_carry_link_preview_tags_and_oembed_discovery(string page, string canonical, string ogType)
    {
        var html = await fx.Client.GetStringAsync(page);
        var meta = HtmlScan.Elements(html, "meta");
        string? Meta(string key) => meta.FirstOrDefault(m => m["property"] == key || m["name"] == key)?["content"];
        Assert.Equal(canonical, Meta("og:url"));
        Assert.Equal(ogType, Meta("og:type"));
        Assert.False(string.IsNullOrWhiteSpace(Meta("og:title")));
        Assert.False(string.IsNullOrWhiteSpace(Meta("og:description")));
        Assert.Equal("summary", Meta("twitter:card"));
        var discovery = Assert.Single(HtmlScan.Elements(html, "link"), l => l["type"] == "application/json+oembed");
        Assert.Equal("alternate", discovery["rel"]);
        var href = new Uri(discovery["href"]!);
        var answer = await OEmbedAsync(System.Web.HttpUtility.ParseQueryString(href.Query)["url"]!);
        Assert.Equal("rich", answer.GetProperty("type").GetString());
        if (ogType == "article") Assert.StartsWith("16 Feb 2015 · Derna, Libya · Airstrike — ", Meta("og:description"));
    }
}
