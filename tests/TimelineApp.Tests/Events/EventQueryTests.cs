using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Data;
using TimelineApp.Dates;
using TimelineApp.Events;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Events;

public class EventQueryTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    private async Task<T> WithQueryAsync<T>(Func<EventQuery, Task<T>> run)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<EventQuery>());
    }

    [Fact]
    public async Task Counts_by_type_ignore_the_type_filter_but_keep_the_others()
    {
        var filter = EventFilter.Parse("?type=airstrike&from=2015-02").Filter;

        var counts = await WithQueryAsync(q => q.CountByTypeAsync(filter));
        var page = await WithQueryAsync(q => q.PageAsync(filter, 1, 200));

        Assert.Equal(page.Total, counts.Single(c => c.Type == "airstrike").Count);
        Assert.Contains(counts, c => c.Type == "bombing" && c.Count > 0);
        Assert.DoesNotContain(counts, c => c.Type == "election");  // June 2014, outside the window
    }

    [Fact]
    public async Task A_page_shows_each_event_exactly_as_its_own_page_does()
    {
        var page = await WithQueryAsync(q => q.PageAsync(EventFilter.Parse("?to=2015-12-31").Filter, 1, 200));

        Assert.True(page.Items.Count >= 24);
        foreach (var item in page.Items)
        {
            var single = await WithQueryAsync(q => q.BySlugAsync(item.Slug));
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(single), System.Text.Json.JsonSerializer.Serialize(item));
        }
        Assert.Contains(page.Items, e => e.Claims.Count >= 2 && e.Citations.Count >= 2 && e.Actors.Count >= 2 && e.Tags.Count >= 2);
    }

    [Fact]
    public async Task Page_size_and_page_are_clamped()
    {
        var big = await WithQueryAsync(q => q.PageAsync(EventFilter.None, 0, 10_000));
        await using var db = factory.CreateDb();

        Assert.Equal(EventQuery.MaxPageSize, big.PageSize);
        Assert.Equal(1, big.Page);
        // 24 seeds, and "long-war" when another test of this class ran first.
        Assert.Equal(await db.Events.CountAsync(e => e.Status == EventStatus.Published), big.Items.Count);
    }

    [Fact]
    public async Task Types_are_listed_in_taxonomy_order()
    {
        var types = await WithQueryAsync(q => q.TypesAsync());

        Assert.Equal("beheading", types[0].Id);
        Assert.Equal("other", types[^1].Id);
        Assert.Equal(10, types.Count);
    }

    [Theory]
    [InlineData("2013-05", "2013-05", "long-war")]         // a multi-year range overlapping the window
    [InlineData("2014-12-31", "2014-12-31", "long-war")]   // its last day
    [InlineData("2014-12", "2015-01", "morsi-removed-from-power")]   // a year-precision event, ending in the window
    [InlineData("2015-02-21", "2015-02-21", "libyan-army-spokesman-condemns-egypt")]   // a 16–21 Feb range
    public async Task A_window_finds_overlapping_events_of_every_duration(string from, string to, string slug)
    {
        await EnsureLongEventAsync();
        var filter = EventFilter.Parse($"?from={from}&to={to}").Filter;

        var page = await WithQueryAsync(q => q.PageAsync(filter, 1, 200));

        Assert.Contains(slug, page.Items.Select(e => e.Slug));
        Assert.Equal(page.Total, page.Items.Count);
    }

    [Fact]
    public async Task A_window_after_a_long_event_does_not_find_it()
    {
        await EnsureLongEventAsync();

        var page = await WithQueryAsync(q => q.PageAsync(EventFilter.Parse("?from=2015-01-01").Filter, 1, 200));

        Assert.DoesNotContain("long-war", page.Items.Select(e => e.Slug));
    }

    private static readonly SemaphoreSlim Once = new(1, 1);

    private async Task EnsureLongEventAsync()
    {
        await Once.WaitAsync();
        try
        {
            await using var db = factory.CreateDb();
            if (await db.Events.AnyAsync(e => e.Slug == "long-war")) return;
            var copy = await db.Events.AsNoTracking().Include(e => e.Citations).FirstAsync(e => e.Slug == "qaddafi-overthrown");
            db.Events.Add(new Event
            {
                Slug = "long-war", Title = "A long war", Summary = "Spans four years.", TypeId = "armed-clash", PlaceId = copy.PlaceId,
                Dates = new DateSpan(PartialDate.Year(2011), PartialDate.Year(2014), false), Status = EventStatus.Published,
                CreatedBy = "test", UpdatedBy = "test", Version = 1,
                Citations = [new Citation { ArticleId = copy.Citations[0].ArticleId, Quote = copy.Citations[0].Quote }],
            });
            await db.SaveChangesAsync();
            Assert.Equal(DurationClass.Longer, (await db.Events.SingleAsync(e => e.Slug == "long-war")).DurationClass);
        }
        finally
        {
            Once.Release();
        }
    }
}
