using System.Net;
using TimelineApp.Data;
using TimelineApp.Tests.Export;

namespace TimelineApp.Tests.Embed;

public class EmbedPageTests(ExportFixture fx) : IClassFixture<ExportFixture>
{
    [Fact]
    public async Task Timeline_embed_lists_the_filtered_events_as_static_html_linking_out_in_new_tabs()
    {
        var response = await fx.GetAsync("/embed/timeline?type=airstrike");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Egyptian airstrikes on Islamic State targets in Derna", html);
        Assert.DoesNotContain("Bomb blasts kill dozens in Al-Qubba", html);
        var links = HtmlScan.Elements(html, "a");
        Assert.Contains(links, a => a["href"] == "http://localhost/events/egyptian-airstrikes-on-derna" && a["target"] == "_blank" && a["rel"] == "noopener");
        Assert.Contains(links, a => a.Text == "Open full view" && a["href"] == "http://localhost/?type=airstrike" && a["target"] == "_blank");
        Assert.All(links, a => Assert.Equal("_blank", a["target"]));
        Assert.Contains(HtmlScan.Elements(html, "time"), t => t["datetime"] == "2014-08" && t.Text == "Aug 2014");
        // Static: no Blazor script, so no circuit per reader; only the small script that keeps the host page's wheel.
        Assert.Equal(["/js/embed-scroll.js"], HtmlScan.Elements(html, "script").Select(s => s["src"]));
        Assert.DoesNotContain("_framework/blazor", html);
        Assert.DoesNotContain("site-header", html);
    }

    [Fact]
    public async Task Event_embed_is_a_card_with_date_type_place_claims_by_source_and_citations()
    {
        var raw = await fx.Client.GetStringAsync("/embed/event/egyptian-airstrikes-on-derna");
        var html = HtmlScan.Text(raw);
        Assert.Contains("16 Feb 2015", html);
        Assert.Contains("Airstrike", html);
        Assert.Contains("Derna, Libya", html);
        Assert.Contains("40–50 killed (VICE News)", html);
        Assert.Contains("3 civilians killed (Libyan army spokesman)", html);
        Assert.Contains("2 sources (4 quotes)", html);
        Assert.Contains(HtmlScan.Elements(raw, "a"), a => a["href"] == "http://localhost/events/egyptian-airstrikes-on-derna" && a["target"] == "_blank");
        Assert.DoesNotContain("<script", raw);
    }

    [Fact]
    public async Task Event_embed_answers_404_for_an_unknown_event_and_redirects_an_old_slug()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await fx.GetAsync("/embed/event/no-such-event")).StatusCode);
        await using (var db = fx.Factory.CreateDb())
        {
            var id = db.Events.Single(e => e.Slug == "al-qubba-bombings").Id;
            db.SlugAliases.Add(new SlugAlias { Slug = "old-al-qubba-slug", EventId = id });
            await db.SaveChangesAsync();
        }
        var client = fx.Factory.CreateClient(new() { AllowAutoRedirect = false });
        var redirect = await client.GetAsync("/embed/event/old-al-qubba-slug");
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("/embed/event/al-qubba-bombings", redirect.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Map_embed_loads_plain_Leaflet_and_the_GeoJSON_export_of_the_same_filter()
    {
        var html = await fx.Client.GetStringAsync("/embed/map?type=airstrike&country=LY");
        Assert.Contains(HtmlScan.Elements(html, "link"), l => l["rel"] == "stylesheet" && l["href"] == "/lib/leaflet/leaflet.css");
        var scripts = HtmlScan.Elements(html, "script").Select(s => (s["src"], s["type"])).ToList();
        Assert.Equal([("/lib/leaflet/leaflet.js", null), ("/lib/topojson-client/topojson-client.min.js", null), ("/js/embed-map.js", "module")], scripts);
        var map = HtmlScan.Elements(html, "div").Single(d => d["id"] == "embed-map");
        Assert.Equal("/export/events.geojson?type=airstrike&country=LY", map["data-geojson"]);
        Assert.Equal("/lib/world-atlas/countries-110m.json", map["data-world"]);
        Assert.Contains(HtmlScan.Elements(html, "a"), a => a["href"] == "http://localhost/map?type=airstrike&country=LY" && a.Text == "Open full view");
        Assert.DoesNotContain("_framework/blazor", html);
        Assert.Equal(HttpStatusCode.OK, (await fx.GetAsync("/js/embed-map.js")).StatusCode);
    }

    [Theory]
    [InlineData("/embed/timeline?type=bombing")]
    [InlineData("/embed/map?type=bombing")]
    public async Task Embeds_encode_html_and_script_in_event_text(string url)
    {
        var html = await fx.Client.GetStringAsync(url);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<b>bold", html);
        if (url.Contains("timeline")) Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", html);
        var card = await fx.Client.GetStringAsync("/embed/event/" + fx.HostileSlug);
        Assert.DoesNotContain("<script>alert", card);
        Assert.Contains("&lt;script&gt;", card);
    }

    [Theory]
    [InlineData("/embed/timeline?from=last-tuesday", "from")]
    [InlineData("/embed/map?type=volcano", "type")]
    [InlineData("/embed/timeline?theme=sepia", "theme")]
    [InlineData("/embed/axis?theme=1", "theme")]
    [InlineData("/embed/event/egyptian-airstrikes-on-derna?theme=night", "theme")]
    public async Task Embeds_answer_400_naming_a_bad_parameter(string url, string parameter)
    {
        var response = await fx.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(parameter + ":", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/embed/timeline?type=airstrike")]
    [InlineData("/embed/map?type=airstrike")]
    [InlineData("/embed/event/egyptian-airstrikes-on-derna")]
    public async Task Embeds_are_cacheable_and_answer_304_when_unchanged(string url)
    {
        var first = await fx.GetAsync(url);
        Assert.Equal("public, max-age=60", first.Headers.CacheControl!.ToString());
        var again = await fx.GetAsync(url, ifNoneMatch: first.Headers.ETag!.ToString());
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Theory]
    [InlineData("/embed/timeline?type=airstrike")]
    [InlineData("/embed/axis?type=airstrike")]
    [InlineData("/embed/map?type=airstrike")]
    [InlineData("/embed/event/egyptian-airstrikes-on-derna")]
    public async Task The_theme_parameter_sets_the_palette_and_is_part_of_the_validator(string url)
    {
        var join = url.Contains('?') ? "&" : "?";
        var pages = new Dictionary<string, (string? Theme, string? ETag)>();
        foreach (var theme in new[] { "auto", "light", "dark" })
        {
            var response = await fx.GetAsync(url + join + "theme=" + theme);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains(HtmlScan.Elements(html, "link"), l => l["rel"] == "stylesheet" && l["href"] == "/theme.css");
            pages[theme] = (HtmlScan.Elements(html, "html").Single()["data-theme"], response.Headers.ETag?.ToString());
        }
        Assert.Equal((null, "light", "dark"), (pages["auto"].Theme, pages["light"].Theme, pages["dark"].Theme));
        Assert.Equal(3, pages.Values.Select(p => p.ETag).Distinct().Count());
        // A copy kept for one theme is not "not modified" for another.
        var again = await fx.GetAsync(url + join + "theme=dark", ifNoneMatch: pages["light"].ETag);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }
}
