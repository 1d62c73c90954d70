using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using TimelineApp.Events;
using TimelineApp.Map;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Map;

public class DensityStripTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    private static readonly LocalDate Feb1 = new(2015, 2, 1);

    [Fact]
    public void A_short_span_gets_one_bucket_per_day()
    {
        var strip = DensityStrip.Build([new(Feb1, 2), new(Feb1.PlusDays(3), 1)])!;
        Assert.Equal(3, strip.Days);
        Assert.Equal([2, 0, 0, 1], strip.Buckets.Select(b => b.Count));
    }

    [Fact]
    public void A_long_span_is_bucketed_into_at_most_the_maximum_and_keeps_every_event()
    {
        var days = Enumerable.Range(0, 1000).Select(i => new DayCount(Feb1.PlusDays(i), 1)).ToList();
        var strip = DensityStrip.Build(days, maxBuckets: 60)!;
        Assert.True(strip.Buckets.Count <= 60);
        Assert.Equal(1000, strip.Buckets.Sum(b => b.Count));
        Assert.Equal(strip.End, strip.Buckets[^1].End);
    }

    [Fact]
    public void The_span_reaches_the_last_day_an_event_covers()
    {
        var strip = DensityStrip.Build([new(Feb1, 1)], lastDay: Feb1.PlusDays(27))!;
        Assert.Equal(new LocalDate(2015, 2, 28), strip.End);
        Assert.Equal(27, strip.PositionOf(new LocalDate(2016, 1, 1)));
        Assert.Equal(Feb1, strip.DateAt(-5));
    }

    [Fact]
    public void Play_moves_the_window_by_half_its_width_and_stops_at_the_end()
    {
        var strip = DensityStrip.Build([new(Feb1, 1), new(Feb1.PlusDays(20), 1)])!;
        Assert.Equal((0, 2), strip.NextPlayWindow(0, 20));
        Assert.Equal((5, 14), strip.NextPlayWindow(0, 9));
        Assert.Equal((11, 20), strip.NextPlayWindow(10, 19));
        Assert.Null(strip.NextPlayWindow(11, 20));
    }

    [Fact]
    public void No_days_no_strip() => Assert.Null(DensityStrip.Build([]));

    [Fact]
    public async Task The_seeded_span_runs_from_2011_to_the_end_of_February_2015()
    {
        using var scope = factory.Services.CreateScope();
        var strip = (await scope.ServiceProvider.GetRequiredService<MapQuery>().DensityAsync(EventFilter.None))!;
        Assert.Equal(new LocalDate(2011, 1, 1), strip.Start);
        Assert.Equal(new LocalDate(2015, 2, 28), strip.End);
        await using var db = factory.CreateDb();
        Assert.Equal(db.Events.Count(e => e.PlaceId != null), strip.Buckets.Sum(b => b.Count));
    }
}
