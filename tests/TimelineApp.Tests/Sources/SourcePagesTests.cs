using System.Net;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Sources;

public class SourcePagesTests(TimelineFactory app) : IClassFixture<TimelineFactory>
{
    [Fact]
    public async Task Lists_each_article_with_outlet_author_date_and_how_many_events_cite_it()
    {
        var (status, html, text) = await app.GetPageAsync("/sources");
        Assert.Equal(HttpStatusCode.OK, status);
        await using var db = app.CreateDb();
        var vice = await db.Articles.SingleAsync(a => a.Key == "vice-news-2015-02-17");
        var citing = await db.Citations.Where(c => c.ArticleId == vice.Id).Select(c => c.EventId).Distinct().CountAsync();
        Assert.Contains($"href=\"/sources/{vice.Id}\"", html);
        Assert.Contains(vice.Headline, text);
        Assert.Contains("John Beck", text);
        Assert.Contains("17 Feb 2015", text);
        Assert.Matches($@"17 Feb 2015</time> ·\s*cited by <span[^>]*>{citing} events</span>", text);
        Assert.Matches("A blog post(</strong>)? · author not named", text);
    }

    [Fact]
    public async Task Reader_shows_the_full_text_with_every_cited_quote_marked_and_linked()
    {
        await using var db = app.CreateDb();
        var blog = await db.Articles.SingleAsync(a => a.Key == "blog-2015-02-21");
        var citations = await db.Citations.Where(c => c.ArticleId == blog.Id).ToListAsync();
        var (status, html, text) = await app.GetPageAsync($"/sources/{blog.Id}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("There were massive craters at the sites of the blasts", text);
        foreach (var c in citations) Assert.Contains($"id=\"quote-{c.Id}\"", html);
        Assert.Contains("href=\"/events/al-qubba-bombings#citation-", html);
        Assert.Contains(blog.ReliabilityNote!, text);
        Assert.Contains("How we know:", text);
        Assert.DoesNotContain("Quotes not found word for word", text);
    }

    [Fact]
    public async Task Unknown_article_is_a_404() =>
        Assert.Equal(HttpStatusCode.NotFound, (await app.GetPageAsync("/sources/99999")).Status);
}
