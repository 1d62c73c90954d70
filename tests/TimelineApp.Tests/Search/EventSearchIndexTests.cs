using Microsoft.EntityFrameworkCore;
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
