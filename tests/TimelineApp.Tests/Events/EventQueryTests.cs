using Microsoft.Extensions.DependencyInjection;
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
    public async Task Page_size_and_page_are_clamped()
    {
        var big = await WithQueryAsync(q => q.PageAsync(EventFilter.None, 0, 10_000));

        Assert.Equal(EventQuery.MaxPageSize, big.PageSize);
        Assert.Equal(1, big.Page);
        Assert.Equal(24, big.Items.Count);
    }

    [Fact]
    public async Task Types_are_listed_in_taxonomy_order()
    {
        var types = await WithQueryAsync(q => q.TypesAsync());

        Assert.Equal("beheading", types[0].Id);
        Assert.Equal("other", types[^1].Id);
        Assert.Equal(10, types.Count);
    }
}
