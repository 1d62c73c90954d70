using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;
using TimelineApp.Tests.Embed;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Events;

public class EventPageTests(TimelineFactory app) : IClassFixture<TimelineFactory>
{
    [Fact]
    public async Task Shows_both_conflicting_casualty_claims_with_their_sources()
    {
        var (status, html, text) = await app.GetPageAsync("/events/egyptian-airstrikes-on-derna");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Matches("<h1[^>]*>Egyptian airstrikes on Islamic State targets in Derna</h1>", html);
        Assert.Matches(@"<th scope=""row""[^>]*>VICE News</th>\s*<td[^>]*>40–50</td>", text);
        Assert.Matches(@"<th scope=""row""[^>]*>Libyan army spokesman<span[^>]*> \(reported by A blog post\)</span></th>\s*<td[^>]*>3</td>", text);
        Assert.Contains("40–50 killed (VICE News) · 3 civilians killed (Libyan army spokesman)", text);
    }

    [Fact]
    public async Task Shows_every_citation_with_its_outlet_date_and_a_link_into_the_article()
    {
        var (_, html, text) = await app.GetPageAsync("/events/egyptian-airstrikes-on-derna");
        await using var db = app.CreateDb();
        var e = await db.Events.Include(x => x.Citations).SingleAsync(x => x.Slug == "egyptian-airstrikes-on-derna");
        Assert.Equal(4, e.Citations.Count);
        foreach (var c in e.Citations)
        {
            Assert.Contains(c.Quote, text);
            Assert.Contains($"href=\"/sources/{c.ArticleId}#quote-{c.Id}\"", html);
        }
        Assert.Matches("published <time[^>]*>17 Feb 2015</time>", text);
        Assert.Contains("How we dated this:", text);
        Assert.Contains("\"on Monday\"", text);
        Assert.Matches(@"Derna, Libya · town-level location · <span class=""coordinates""[^>]*>32\.767° N, 22\.637° E</span>", text);
        Assert.Contains("href=\"/?tag=derna\"", html);
        Assert.Contains("href=\"/events/tripoli-government-condemns-egypt-strikes\" rel=\"next\"", html);
        Assert.Contains("data-map-slot=\"event\"", html);
    }

    [Fact]
    public async Task Shows_a_mini_map_of_its_place_and_link_preview_tags_for_the_event()
    {
        var html = (await app.GetPageAsync("/events/al-qubba-bombings")).Html;
        var map = Assert.Single(HtmlScan.Elements(html, "place-mini-map"));
        Assert.Equal("town", map["precision"]);
        Assert.Equal("Al-Qubba, Libya", map["label"]);
        var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];
        var meta = HtmlScan.Elements(head, "meta");
        Assert.Contains(meta, m => m["property"] == "og:title" && m["content"] == "Bomb blasts kill dozens in Al-Qubba");
        Assert.Contains(meta, m => m["property"] == "og:type" && m["content"] == "article");
        Assert.Contains(meta, m => m["property"] == "og:url" && m["content"] == "http://localhost/events/al-qubba-bombings");
        Assert.Contains(HtmlScan.Elements(head, "link"), l => l["type"] == "application/json+oembed");
        Assert.Contains(HtmlScan.Elements(html, "button"), b => b.Text == "Share");
    }

    [Fact]
    public async Task An_event_without_a_place_has_no_map_and_no_empty_box()
    {
        await using var fresh = new TimelineFactory();
        await using (var db = fresh.CreateDb())
        {
            var e = await db.Events.SingleAsync(x => x.Slug == "al-qubba-bombings");
            e.PlaceId = null;
            await db.SaveChangesAsync();
        }
        var html = (await fresh.GetPageAsync("/events/al-qubba-bombings")).Html;
        Assert.Contains("Bomb blasts kill dozens in Al-Qubba", html);
        Assert.DoesNotContain("place-mini-map", html);
        Assert.DoesNotContain("data-map-slot", html);
    }

    [Fact]
    public async Task Links_to_the_chronological_neighbours()
    {
        var html = (await app.GetPageAsync("/events/al-qubba-bombings")).Html;
        Assert.Contains("href=\"/events/shukri-washington-meeting\" rel=\"prev\"", html);
        Assert.Contains("href=\"/events/libya-dawn-blames-egypt-for-al-qubba\" rel=\"next\"", html);
        var first = (await app.GetPageAsync("/events/qaddafi-overthrown")).Text;
        Assert.Contains("This is the earliest event.", first);
    }

    [Fact]
    public async Task Unknown_slug_is_a_real_404_with_the_not_found_page()
    {
        var (status, _, text) = await app.GetPageAsync("/events/no-such-slug");
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Page not found", text);
    }

    [Fact]
    public async Task Unpublished_event_is_not_found_and_an_old_slug_redirects_to_the_current_one()
    {
        await using var fresh = new TimelineFactory();
        await using (var db = fresh.CreateDb())
        {
            var draft = await db.Events.SingleAsync(x => x.Slug == "morsi-removed-from-power");
            draft.Status = EventStatus.Draft;
            var renamed = await db.Events.SingleAsync(x => x.Slug == "al-qubba-bombings");
            db.SlugAliases.Add(new SlugAlias { Slug = "qubba-blasts", EventId = renamed.Id });
            await db.SaveChangesAsync();
        }
        var client = fresh.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/events/morsi-removed-from-power")).StatusCode);
        var moved = await client.GetAsync("/events/qubba-blasts");
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.Equal("/events/al-qubba-bombings", moved.Headers.Location?.AbsolutePath);
    }
}
