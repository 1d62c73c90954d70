using System.Net;
using TimelineApp.Export;
using TimelineApp.Tests.Embed;

namespace TimelineApp.Tests.Export;

public class DownloadMenuTests(ExportFixture fx) : IClassFixture<ExportFixture>
{
    [Fact]
    public async Task Should_link_every_export_with_the_views_filter_and_every_link_should_work()
    {
        // The share page hosts the menu on this branch; the timeline and map pages get the same component.
        var html = await fx.Client.GetStringAsync("/share?view=" + Uri.EscapeDataString("/?type=airstrike&country=LY"));
        var menu = html[html.IndexOf("<details class=\"download-menu\"", StringComparison.Ordinal)..];
        var links = HtmlScan.Elements(menu[..(menu.IndexOf("</details>", StringComparison.Ordinal))], "a");
        Assert.Equal(ExportEndpoints.Formats.Select(f => f.Path + "?type=airstrike&country=LY"), links.Select(a => a["href"]));
        Assert.All(links, a => Assert.True(a.Attributes.ContainsKey("download")));
        foreach (var (link, format) in links.Zip(ExportEndpoints.Formats))
        {
            Assert.Equal(format.Label, link.Text);
            var response = await fx.GetAsync(link["href"]!);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(format.ContentType.Split(';')[0], response.Content.Headers.ContentType!.MediaType);
        }
    }
}
