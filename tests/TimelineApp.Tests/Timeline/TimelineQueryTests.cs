using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using TimelineApp.Data;
using TimelineApp.Events;
using TimelineApp.Tests.Infrastructure;
using TimelineApp.Timeline;

namespace TimelineApp.Tests.Timeline;

/// <summary>The timeline's queries against the seeded data in a real SQLite file.</summary>
public class TimelineQueryTests(TimelineFactory app) : IClassFixture<TimelineFactory>
{
    private TimelineQuery Timeline => app.Services.CreateScope().ServiceProvider.GetRequiredService<TimelineQuery>();
    private EventQuery Events => app.Services.CreateScope().ServiceProvider.GetRequiredService<EventQuery>();

    private async Task<EntryPage> PageAsync(EventFilter filter) =>
        await Timeline.PageAsync(filter, 1, (await Events.TypesAsync()).ToDictionary(t => t.Id));

    private async Task<HashSet<string>> SlugsAsync(EventFilter filter) =>
        (await PageAsync(filter)).Items.Select(i => i.Event.Slug).ToHashSet();

    [Fact]
    public async Task Should_page_all_published_events_oldest_first()
    {
        var page = await PageAsync(EventFilter.None);
        Assert.Equal(24, page.Total);
        Assert.Equal("2011", page.Items[0].Event.DateText);
        Assert.Equal(page.Items.OrderBy(i => i.Start).Select(i => i.Event.Slug), page.Items.Select(i => i.Event.Slug));
        Assert.Equal("#D55E00", page.Items.First(i => i.Event.Slug == "egyptian-airstrikes-on-derna").Type.Color);
        var newest = await PageAsync(EventFilter.None with { Sort = SortOrder.Newest });
        Assert.Equal("2015-02-20", newest.Items[0].Event.StartDate);
    }

    [Fact]
    public async Task Should_filter_by_type() =>
        Assert.Equal(["coalition-intervention-2011", "egyptian-airstrikes-on-derna", "libyan-air-force-strikes-derna", "uae-airstrikes-in-libya"],
            (await SlugsAsync(EventFilter.None with { Types = ["airstrike"] })).Order());

    [Fact]
    public async Task Should_filter_by_country() =>
        Assert.Equal(["morsi-removed-from-power", "sisi-calls-for-un-mandate"], (await SlugsAsync(EventFilter.None with { Country = "EG" })).Order());

    [Fact]
    public async Task Should_filter_by_actor()
    {
        var slugs = await SlugsAsync(EventFilter.None with { Actor = "Egyptian military" });
        Assert.Equal(3, slugs.Count);
        Assert.Contains("egyptian-airstrikes-on-derna", slugs);
    }

    [Fact]
    public async Task Should_filter_by_tag() =>
        Assert.Equal(3, (await SlugsAsync(EventFilter.None with { Tags = ["derna"] })).Count);

    [Fact]
    public async Task Should_include_every_event_that_may_fall_in_the_date_window()
    {
        var day = new LocalDate(2015, 2, 16);
        var slugs = await SlugsAsync(EventFilter.None with { From = day, To = day });
        Assert.Contains("egyptian-airstrikes-on-derna", slugs);
        Assert.Contains("renzi-urges-un-action", slugs);          // c. 15–17 Feb
        Assert.Contains("pinotti-open-to-intervention", slugs);   // Feb 2015: may be the 16th
        Assert.DoesNotContain("al-qubba-bombings", slugs);        // 20 Feb
        Assert.DoesNotContain("coptic-christians-beheading-video", slugs); // 15 Feb
        Assert.DoesNotContain("council-of-deputies-replaces-gnc", slugs);  // 2014
    }

    [Fact]
    public async Task Should_find_words_in_titles_summaries_places_and_quotes()
    {
        Assert.Contains("al-qubba-bombings", await SlugsAsync(EventFilter.None with { Text = "Qubba" }));
        var quoteOnly = await SlugsAsync(EventFilter.None with { Text = "precisely" });
        Assert.Contains("egyptian-airstrikes-on-derna", quoteOnly);
        Assert.Empty(await SlugsAsync(EventFilter.None with { Text = "zzzyzx" }));
        Assert.Empty(await SlugsAsync(EventFilter.None with { Text = "\" OR * NEAR(" }));
    }

    [Fact]
    public async Task Should_count_types_under_the_other_filters()
    {
        var counts = (await Events.CountByTypeAsync(EventFilter.None with { Types = ["airstrike"], Country = "EG" }))
            .ToDictionary(c => c.Type, c => c.Count);
        Assert.Equal(new Dictionary<string, int> { ["other"] = 1, ["un-appeal"] = 1 }, counts);
        var all = await Events.CountByTypeAsync(EventFilter.None);
        Assert.Equal(24, all.Sum(c => c.Count));
        Assert.Equal(6, all.Single(c => c.Type == "statement").Count);
    }

    [Fact]
    public async Task Should_bucket_the_whole_span_by_month_and_a_month_by_day()
    {
        var all = await Timeline.DensityAsync(EventFilter.None);
        Assert.Equal(BucketUnit.Month, all.Unit);
        Assert.Equal(new LocalDate(2011, 1, 1), all.Buckets[0].Start);
        Assert.Equal(14, all.Buckets.Single(b => b.Start == new LocalDate(2015, 2, 1)).Total);
        Assert.Equal(24, all.Buckets.Sum(b => b.Total) + all.Undrawn);

        var feb = await Timeline.DensityAsync(EventFilter.None with { From = new LocalDate(2015, 2, 1), To = new LocalDate(2015, 2, 28) });
        Assert.Equal(BucketUnit.Day, feb.Unit);
        Assert.Equal(28, feb.Buckets.Count);
        var sixteenth = feb.Buckets.Single(b => b.Start == new LocalDate(2015, 2, 16));
        Assert.Equal(1, sixteenth.ByType["airstrike"]);
        // 20 Feb: the Al-Qubba bombings, Libya Dawn's statement and the air force strikes (c. 20–21 Feb, drawn on the 20th).
        Assert.Equal(3, feb.Buckets.Single(b => b.Start == new LocalDate(2015, 2, 20)).Total);
        Assert.Equal(2, feb.Undrawn); // "Feb 2015" twice
    }

    [Theory]
    [InlineData("")]
    [InlineData("?type=airstrike")]
    [InlineData("?from=2015-02-01&to=2015-02-28")]
    [InlineData("?country=LY&sort=newest")]
    [InlineData("?q=derna")]
    [SqliteOnly("reads SQLite's EXPLAIN QUERY PLAN")]
    public async Task Should_read_each_page_through_an_index_led_by_status_never_the_whole_table(string query)
    {
        // (Status, StartDate) today; a window may use another index that starts with Status and bounds StartDate.
        var filter = EventFilter.Parse(query).Filter;
        await using var db = app.CreateDb();
        var sql = EventQuery.Ordered(EventQuery.Filtered(db, filter), filter.Sort).Skip(50).Take(50).Select(e => e.Id).ToQueryString();
        var plan = await ExplainAsync(db, sql);
        Assert.Matches(@"SEARCH e USING (COVERING )?INDEX IX_Events_Status_", plan);
        Assert.DoesNotContain("SCAN e", plan);
        if (filter.From is null) Assert.Contains("INDEX IX_Events_Status_StartDate", plan);
    }

    [Fact]
    [SqliteOnly("reads SQLite's EXPLAIN QUERY PLAN")]
    public async Task Should_count_the_chart_columns_from_an_index_alone()
    {
        await using var db = app.CreateDb();
        var plan = await ExplainAsync(db, TimelineQuery.DensityRows(db, EventFilter.None).ToQueryString());
        Assert.Contains("USING COVERING INDEX IX_Events_Status_StartDate_DatePrecision_TypeId", plan);
        Assert.DoesNotContain("TEMP B-TREE", plan);
    }

    private static async Task<string> ExplainAsync(TimelineDb db, string sql)
    {
        var body = string.Join("\n", sql.Split('\n').Where(l => !l.StartsWith(".param", StringComparison.Ordinal)));
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + body;
        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) lines.Add(reader.GetString(3));
        return string.Join("\n", lines);
    }
}
