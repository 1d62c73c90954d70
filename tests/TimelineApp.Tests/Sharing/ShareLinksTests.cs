using TimelineApp.Sharing;

namespace TimelineApp.Tests.Sharing;

public class ShareLinksTests
{
    [Theory]
    [InlineData("/", "?type=airstrike", "/embed/timeline?type=airstrike")]
    [InlineData("/map", "?from=2015-02", "/embed/map?from=2015-02")]
    [InlineData("/events/al-qubba-bombings", "", "/embed/event/al-qubba-bombings")]
    [InlineData("/embed/event/al-qubba-bombings", "", "/embed/event/al-qubba-bombings")]
    [InlineData("/embed/timeline", "?q=derna", "/embed/timeline?q=derna")]
    [InlineData("/", "?type=airstrike&page=2&event=al-qubba-bombings&view=split&country=LY", "/embed/timeline?type=airstrike&country=LY")]
    [InlineData("/map", "?event=al-qubba-bombings", "/embed/map")]
    [InlineData("/", "?view=axis&from=2015-02&lanes=country&page=2", "/embed/axis?from=2015-02&lanes=country")]
    [InlineData("/embed/axis", "?type=airstrike", "/embed/axis?type=airstrike")]
    public void Should_map_each_view_to_its_embed(string path, string query, string embed) =>
        Assert.Equal(embed, ShareLinks.EmbedFor(path, query)!.EmbedPathAndQuery);

    [Theory]
    [InlineData("/sources")]
    [InlineData("/events")]
    [InlineData("/events/a/b")]
    public void Should_not_embed_other_pages(string path) => Assert.Null(ShareLinks.EmbedFor(path, ""));

    [Theory]
    [InlineData("https://x.org/embed/timeline", "dark", "https://x.org/embed/timeline?theme=dark")]
    [InlineData("https://x.org/embed/map?type=bombing", "light", "https://x.org/embed/map?type=bombing&theme=light")]
    public void Embed_addresses_carry_the_chosen_theme(string url, string theme, string expected) =>
        Assert.Equal(expected, ShareLinks.WithTheme(url, theme));

    [Fact]
    public void Iframe_code_encodes_its_attributes() =>
        Assert.Equal("<iframe src=\"https://x.org/embed/timeline?a=1&amp;b=2\" width=\"600\" height=\"400\" title=\"&quot;A&quot; &lt;b&gt;\" style=\"border:0\" loading=\"lazy\"></iframe>",
            ShareLinks.Iframe("https://x.org/embed/timeline?a=1&b=2", 600, 400, "\"A\" <b>"));
}
