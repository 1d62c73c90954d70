using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Capture;

/// <summary>The seed articles' captures (uploaded copies of their stored text, no invented address) and the custody export.</summary>
public class CustodyAndSeedTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    [Fact]
    public async Task Seed_articles_get_one_uploaded_capture_of_their_stored_text_without_an_address()
    {
        await using var db = factory.CreateDb();
        var articles = await db.Articles.Where(a => a.CreatedBy == "seed" || db.SourceCaptures.Any(c => c.ArticleId == a.Id && c.CapturedBy == "seed")).ToListAsync();
        Assert.Equal(2, articles.Count);
        foreach (var a in articles)
        {
            var capture = await db.SourceCaptures.SingleAsync(c => c.ArticleId == a.Id);
            var bytes = Encoding.UTF8.GetBytes(a.Text);
            Assert.Equal((true, (string?)null, (string?)null, "seed"), (capture.IsUpload, capture.RequestedUrl, capture.FinalUrl, capture.CapturedBy));
            Assert.Null(a.Url);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), capture.Sha256);
            Assert.Equal(bytes, capture.Content);
        }
    }

    [Fact]
    public async Task Custody_export_lists_each_citation_its_source_and_each_capture_for_the_filtered_events()
    {
        var response = await factory.CreateClient().GetAsync("/export/custody.json?type=airstrike");
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var events = json.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        Assert.Equal(json.GetProperty("total").GetInt32(), events.Count);
        await using var db = factory.CreateDb();
        var airstrikes = await db.Events.Where(e => e.TypeId == "airstrike" && e.Status == TimelineApp.Data.EventStatus.Published).Select(e => e.Slug).ToListAsync();
        Assert.Equal(airstrikes.Order(), events.Select(e => e.GetProperty("slug").GetString()).Order());
        foreach (var citation in events.SelectMany(e => e.GetProperty("citations").EnumerateArray()))
        {
            var sourceId = citation.GetProperty("source").GetProperty("id").GetInt32();
            var stored = await db.SourceCaptures.Where(c => c.ArticleId == sourceId).OrderBy(c => c.Number).ToListAsync();
            var listed = citation.GetProperty("captures").EnumerateArray().ToList();
            Assert.Equal(stored.Select(c => c.Sha256), listed.Select(c => c.GetProperty("sha256").GetString()));
            Assert.All(listed, c => Assert.Equal("seed", c.GetProperty("capturedBy").GetString()));
            Assert.All(listed, c => Assert.False(string.IsNullOrEmpty(c.GetProperty("capturedAt").GetString())));
            Assert.False(string.IsNullOrEmpty(citation.GetProperty("quote").GetString()));
        }
    }
}
