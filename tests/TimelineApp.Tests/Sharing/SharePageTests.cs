using TimelineApp.Tests.Embed;
using TimelineApp.Tests.Export;

namespace TimelineApp.Tests.Sharing;

public class SharePageTests(ExportFixture fx) : IClassFixture<ExportFixture>
{
    [Fact]
    public async Task Should_prerender_the_dialog_with_the_view_and_event_links()
    {
        var html = await fx.Client.GetStringAsync("/share?view=" + Uri.EscapeDataString("/map?from=2015-02") + "&event=al-qubba-bombings");
        var inputs = HtmlScan.Elements(html, "input");
        Assert.Contains(inputs, i => i["value"] == "http://localhost/map?from=2015-02");
        Assert.Contains(inputs, i => i["value"] == "http://localhost/events/al-qubba-bombings");
        Assert.Contains(HtmlScan.Elements(html, "textarea"), t => t.Text.Contains("src=\"http://localhost/embed/event/al-qubba-bombings?theme=auto\""));
        Assert.Contains(HtmlScan.Elements(html, "button"), b => b.Text == "Share");
    }

    [Theory]
    [InlineData("//evil.example/x")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task Should_only_share_views_of_this_site(string view)
    {
        var html = await fx.Client.GetStringAsync("/share?view=" + Uri.EscapeDataString(view));
        Assert.DoesNotContain("evil.example", html);
        Assert.Contains(HtmlScan.Elements(html, "input"), i => i["value"] == "http://localhost/");
    }
}
