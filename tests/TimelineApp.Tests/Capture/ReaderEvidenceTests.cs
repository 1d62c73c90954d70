using System.Net;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Capture;

/// <summary>Readers see when a published source was captured, its hash and the preserved copy; a gone original is said so on the event.</summary>
public class ReaderEvidenceTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    [Fact]
    public async Task Source_page_shows_capture_time_hash_and_links_to_the_copy_and_bytes()
    {
        await using var db = factory.CreateDb();
        var capture = await db.SourceCaptures.OrderBy(c => c.ArticleId).FirstAsync();

        var page = await factory.CreateClient().GetStringAsync($"/sources/{capture.ArticleId}");

        Assert.Contains("Preserved copies", page);
        Assert.Contains(capture.Sha256, page);
        Assert.Contains($"/sources/{capture.ArticleId}/archive?capture=1", page);
        Assert.Contains($"/sources/{capture.ArticleId}/archive/raw?capture=1", page);
        var raw = await factory.CreateClient().GetAsync($"/sources/{capture.ArticleId}/archive/raw");
        Assert.Equal(HttpStatusCode.OK, raw.StatusCode);
        Assert.Equal(capture.Content, await raw.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Event_citing_a_gone_source_tells_readers_and_links_the_preserved_copy()
    {
        await using var db = factory.CreateDb();
        var e = await db.Events.Include(x => x.Citations).FirstAsync(x => x.Status == EventStatus.Published && x.Citations.Count > 0);
        var articleId = e.Citations[0].ArticleId;
        var before = await factory.CreateClient().GetStringAsync($"/events/{e.Slug}");
        Assert.DoesNotContain("The original page has changed since it was cited", before);

        db.SourceLinks.Add(new SourceLink { ArticleId = articleId, Status = LinkStatus.Gone, Detail = "HTTP 404." });
        await db.SaveChangesAsync();

        var after = await factory.CreateClient().GetStringAsync($"/events/{e.Slug}");
        Assert.Contains("The original page has changed since it was cited; this is the text as captured on", after);
        Assert.Contains($"/sources/{articleId}/archive?capture=1", after);
    }
}
