using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Export;
using static TimelineApp.Tests.Security.HostileContentFixture;

namespace TimelineApp.Tests.Security;

/// <summary>HTML and script typed into every text field of an event and its source come out as text everywhere.</summary>
public class HostileContentTests(HostileContentFixture fx) : IClassFixture<HostileContentFixture>
{
    private readonly HttpClient _client = fx.Factory.CreateClient();

    private static List<string> LiveMarkupIn(string body) =>
        LiveMarkup.Where(m => body.Contains(m, StringComparison.OrdinalIgnoreCase)).ToList();

    private async Task<string> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    public static TheoryData<string, string> ReaderPages => new()
    {
        { "/", "Title" }, { "/?q=title", "Title" }, { "/events/{slug}", "Claim note" }, { "/sources", "Headline" }, { "/sources/{article}", "Reliability" },
        { "/map", "" }, { "/embed/timeline", "Title" }, { "/embed/event/{slug}", "Claimant" }, { "/embed/map", "" },
    };

    public static TheoryData<string, string> EditorPages => new()
    {
        { "/edit", "Title" }, { "/edit/events/{id}", "Summary" }, { "/edit/events/{id}/history", "Revision note" },
        { "/edit/sources", "Headline" }, { "/edit/sources/{article}", "Author" }, { "/edit/sources/{article}/cite", "Headline" },
    };

    private string Url(string pattern) => pattern.Replace("{slug}", fx.Slug).Replace("{id}", fx.EventId.ToString()).Replace("{article}", fx.ArticleId.ToString());

    [Theory]
    [MemberData(nameof(ReaderPages))]
    public async Task Reader_pages_and_embeds_show_the_markup_as_text(string pattern, string shownLabel) =>
        AssertEncoded(Url(pattern), await GetAsync(_client, Url(pattern)), shownLabel);

    [Theory]
    [MemberData(nameof(EditorPages))]
    public async Task Editing_pages_show_the_markup_as_text(string pattern, string shownLabel)
    {
        var client = fx.Factory.Client();
        await client.SignInOrFailAsync(TestUsers.ReviewerEmail);
        AssertEncoded(Url(pattern), await GetAsync(client, Url(pattern)), shownLabel);
    }

    private static void AssertEncoded(string url, string html, string shownLabel)
    {
        Assert.True(LiveMarkupIn(html).Count == 0, $"{url} contains live markup: {string.Join(", ", LiveMarkupIn(html))}");
        Assert.DoesNotContain(HtmlTags.All(html), t => t.Name == "img" && t["src"] == "x");
        if (shownLabel.Length > 0) Assert.Contains(Field(shownLabel), System.Net.WebUtility.HtmlDecode(html));
    }

    [Theory]
    [InlineData("/api/events?type=airstrike")]
    [InlineData("/api/events/{slug}")]
    [InlineData("/api/map/features")]
    [InlineData("/export/events.json?type=airstrike")]
    [InlineData("/export/events.geojson?type=airstrike")]
    public async Task Json_carries_the_text_unchanged_as_a_string(string pattern)
    {
        var strings = Strings(JsonDocument.Parse(await GetAsync(_client, Url(pattern))).RootElement).ToList();
        Assert.Contains(Field("Title"), strings);
    }

    [Fact]
    public async Task TimelineJs_which_renders_html_gets_it_encoded()
    {
        var strings = Strings(JsonDocument.Parse(await GetAsync(_client, "/export/timelinejs.json?type=airstrike")).RootElement).ToList();
        Assert.Empty(strings.SelectMany(LiveMarkupIn));
        Assert.Contains(strings, s => System.Net.WebUtility.HtmlDecode(s) == Field("Title"));
    }

    [Fact]
    public async Task Svg_is_well_formed_with_the_text_as_text_and_no_script_or_handler()
    {
        var svg = XDocument.Parse(await GetAsync(_client, "/export/events.svg?type=airstrike"));
        var elements = svg.Descendants().ToList();
        Assert.DoesNotContain(elements, e => e.Name.LocalName is "script" or "img" or "foreignObject");
        Assert.DoesNotContain(elements.SelectMany(e => e.Attributes()), a => a.Name.LocalName.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(elements, e => !e.HasElements && e.Value.Contains("<script>alert(1)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Csv_and_icalendar_keep_the_text_as_typed()
    {
        Assert.Contains(Field("Title").Replace("\"", "\"\""), await GetAsync(_client, "/export/events.csv?type=airstrike"));
        var calendar = ICalendarParser.Parse(await _client.GetByteArrayAsync("/export/events.ics?type=airstrike"));
        var e = calendar.Children.Single(c => c.Name == "VEVENT" && c["URL"].Value.EndsWith("/events/" + fx.Slug));
        Assert.Equal(Field("Title"), ICalendarParser.Unescape(e["SUMMARY"].Value));
    }

    [Fact]
    public async Task The_oembed_snippet_is_an_iframe_with_the_title_encoded()
    {
        var body = await GetAsync(_client, "/oembed?url=" + Uri.EscapeDataString("http://localhost/events/" + fx.Slug));
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal(Field("Title"), json.GetProperty("title").GetString());
        var snippet = json.GetProperty("html").GetString()!;
        Assert.Empty(LiveMarkupIn(snippet));
        Assert.Equal(["iframe"], HtmlTags.All(snippet).Select(t => t.Name));
    }

    private static IEnumerable<string> Strings(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => [e.GetString()!],
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };
}
