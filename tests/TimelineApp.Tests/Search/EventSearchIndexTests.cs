using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;
using TimelineApp.Events;
using TimelineApp.Search;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Search;

public class EventSearchIndexTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    [Theory]
    [InlineData("Qubba", "\"Qubba\"*")]
    [InlineData("al-Qubba bombing", "\"al\" \"Qubba\" \"bombing\"*")]
    [InlineData("\"unbalanced", "\"unbalanced\"*")]
    [InlineData("NEAR(derna, 2)", "\"NEAR\" \"derna\" \"2\"*")]
    [InlineData("'; DROP TABLE Events; --", "\"DROP\" \"TABLE\" \"Events\"*")]
    [InlineData("Ḍarnah", "\"Ḍarnah\"*")]
    public void Reader_text_becomes_quoted_terms_with_a_prefix_on_the_last(string text, string expected)
    {
        Assert.Equal(expected, EventSearchIndex.ToMatchExpression(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("*")]
    [InlineData("\"\" () : - ^")]
    public void Text_without_words_is_no_search(string? text)
    {
        Assert.Null(EventSearchIndex.ToMatchExpression(text));
    }

    [Fact]
    public void At_most_16_terms_are_used()
    {
        Assert.Equal(16, EventSearchIndex.Terms(string.Join(' ', Enumerable.Range(0, 40).Select(i => $"w{i}"))).Count);
    }

    [Theory]
    [InlineData("qubba", "al-qubba-bombings")]
    [InlineData("Darna Derna", null)]
    [InlineData("Shukri Washington", "shukri-washington-meeting")]
    [InlineData("Pinnoti", "pinotti-open-to-intervention")]
    public async Task Matching_finds_events_by_their_words(string text, string? expectedSlug)
    {
        await using var db = factory.CreateDb();
        var ids = EventSearchIndex.Matching(db, text)!;

        var slugs = await db.Events.Where(e => ids.Contains(e.Id)).Select(e => e.Slug).ToListAsync();

        if (expectedSlug is null) Assert.Empty(slugs);
        else Assert.Contains(expectedSlug, slugs);
    }

    /// <summary>The readers' search, through the API, the list page and the axis, on this class's database (SQLite, and PostgreSQL in SearchOnPostgres).</summary>
    [Fact]
    public async Task Readers_search_finds_a_published_event_by_its_word_and_never_a_draft_holding_it()
    {
        int[] ids;
        await using (var db = factory.CreateDb())
        {
            var published = SearchEvent("search-published-quetzal", "Quetzalcoatlus overflight reported", EventStatus.Published);
            var draft = SearchEvent("search-draft-quetzal", "Unreviewed draft text", EventStatus.Draft);
            draft.Summary = "A draft that also names the Quetzalcoatlus.";
            db.Events.AddRange(published, draft);
            await db.SaveChangesAsync();
            ids = [published.Id, draft.Id];
            await EventSearchIndex.ReindexAsync(db, ids);
            Assert.Equal(ids.Order(), (await EventSearchIndex.Matching(db, "quetzalcoatlus")!.ToListAsync()).Order());
        }
        var client = factory.CreateClient();
        var page = (await client.GetFromJsonAsync<EventPage>("/api/events?q=quetzalcoatlus"))!;
        Assert.Equal(["search-published-quetzal"], page.Items.Select(e => e.Slug));
        var html = await client.GetStringAsync("/?q=Quetzalcoatlus");
        Assert.Contains("Quetzalcoatlus overflight reported", html);
        Assert.DoesNotContain("Unreviewed draft text", html);
        var axis = (await client.GetFromJsonAsync<TimelineApp.Axis.AxisResult>("/api/axis?q=quetzalcoatlus"))!;
        Assert.Equal(["search-published-quetzal"], axis.Marks.Select(m => m.Slug));
    }

    private static Event SearchEvent(string slug, string title, EventStatus status) => new()
    {
        Slug = slug, Title = title, Summary = "", TypeId = "airstrike", CreatedBy = "test", UpdatedBy = "test", Status = status,
        Dates = new TimelineApp.Dates.DateSpan(TimelineApp.Dates.PartialDate.Day(2015, 2, 10), null, false),
    };

    [Fact]
    public async Task Reindexing_picks_up_an_edited_title_and_rebuilding_restores_every_row()
    {
        await using var db = factory.CreateDb();
        var id = await db.Events.Where(e => e.Slug == "morsi-removed-from-power").Select(e => e.Id).SingleAsync();
        var original = await db.Events.Where(e => e.Id == id).Select(e => e.Title).SingleAsync();
        try
        {
            await db.Events.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Title, "Zanzibarian wording"));
            await EventSearchIndex.ReindexAsync(db, [id]);
            Assert.Equal([id], await EventSearchIndex.Matching(db, "zanzibarian")!.ToListAsync());

            await db.Events.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Title, original));
            await EventSearchIndex.RebuildAsync(db);
            Assert.Empty(await EventSearchIndex.Matching(db, "zanzibarian")!.ToListAsync());
            Assert.Equal(await db.Events.CountAsync(), await db.Database.SqlQueryRaw<int>("""SELECT count(*) AS "Value" FROM "EventSearch" """).SingleAsync());
        }
        finally
        {
            await db.Events.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.Title, original));
            await EventSearchIndex.ReindexAsync(db, [id]);
        }
    }
}
