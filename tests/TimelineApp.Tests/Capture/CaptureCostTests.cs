using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Capture;
using Xunit.Abstractions;

namespace TimelineApp.Tests.Capture;

/// <summary>Capturing a 1 MB news page (fetch over loopback, read, hash, store): the story is read out of the furniture, and the
/// time is logged (docs/sources-capture.md). The goal (under 1 s) is not met yet; see the docs.</summary>
public class CaptureCostTests(LoopbackCaptureFactory factory, ITestOutputHelper output) : IClassFixture<LoopbackCaptureFactory>
{
    /// <summary>A news page of about 1 MB: the story among long navigation, inline script and related-story lists, as real pages are.</summary>
    private static string MegabytePage()
    {
        var furniture = new StringBuilder();
        for (var i = 0; furniture.Length < 700_000; i++)
            furniture.Append($"<li><a href=\"/story/{i}\">Related story number {i} about regional politics and the economy</a></li>\n");
        var story = new StringBuilder();
        for (var i = 0; story.Length < 250_000; i++)
            story.Append($"<p>Paragraph {i}: {ArticlePages.FirstSentence} Officials gave differing accounts of the casualties.</p>\n");
        var page = ArticlePages.News().Replace("<aside><h2>Most read</h2><ul>", $"<aside><h2>Most read</h2><ul>{furniture}")
            .Replace("<p class=\"byline\">By Jane Reporter</p>", $"<p class=\"byline\">By Jane Reporter</p>{story}");
        return page + new string(' ', Math.Max(0, 1024 * 1024 - Encoding.UTF8.GetByteCount(page)));
    }

    [Fact]
    public async Task Capturing_a_one_megabyte_page_reads_the_story_and_logs_its_cost()
    {
        await using var server = await ArticleServer.StartAsync();
        var html = MegabytePage();
        Assert.InRange(Encoding.UTF8.GetByteCount(html), 1024 * 1024, 1100 * 1024);
        var capture = factory.Services.GetRequiredService<CaptureService>();
        var store = factory.Services.GetRequiredService<CaptureStore>();
        var timings = new List<TimeSpan>();
        for (var run = 0; run < 4; run++)
        {
            var url = server.Html($"/big/{run}", html);
            var clock = Stopwatch.StartNew();
            var pending = await capture.FetchAsync(url);
            await store.AddAsync(1, pending, "cost test");
            timings.Add(clock.Elapsed);
            Assert.Contains(ArticlePages.FirstSentence, pending.Article.Text);
            Assert.DoesNotContain("Related story number", pending.Article.Text);
        }
        output.WriteLine("1 MB capture (fetch on loopback, read, hash, store): " + string.Join(", ", timings.Select(t => $"{t.TotalMilliseconds:0} ms")));
    }
}
