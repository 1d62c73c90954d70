using NodaTime;
using TimelineApp.Axis;
using TimelineApp.Data;
using TimelineApp.Dates;
using TimelineApp.Events;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Axis;

/// <summary>
/// Cluster counts in a real SQLite file of their own: 300 one-day airstrikes in January 1990 make the lane dense, and one
/// airstrike campaign lasting the whole year must be counted in every bucket it overlaps, not only where it starts.
/// </summary>
public class AxisClusterCountTests(TimelineFactory app) : IClassFixture<TimelineFactory>
{
    private static readonly EventFilter Year1990 = EventFilter.None with { From = new LocalDate(1990, 1, 1), To = new LocalDate(1990, 12, 31) };

    private async Task<AxisResult> LoadWithEventsAsync()
    {
        await using (var db = app.CreateDb())
        {
            if (!db.Events.Any(e => e.Slug == "campaign-1990"))
            {
                db.Events.AddRange(Enumerable.Range(0, 300).Select(i => Airstrike($"strike-1990-{i}", PartialDate.Day(1990, 1, 1 + i % 31), null)));
                db.Events.Add(Airstrike("campaign-1990", PartialDate.Day(1990, 1, 1), PartialDate.Day(1990, 12, 31)));
                await db.SaveChangesAsync();
            }
        }
        await using var read = app.CreateDb();
        return await AxisQuery.LoadAsync(read, new AxisRequest(Year1990, LaneKind.Type, 1000));
    }

    private static Event Airstrike(string slug, PartialDate start, PartialDate? end) => new()
    {
        Slug = slug, Title = slug, Summary = "", TypeId = "airstrike", CreatedBy = "test", UpdatedBy = "test",
        Status = EventStatus.Published, Dates = new DateSpan(start, end, false),
    };

    [Fact]
    public async Task A_long_event_is_counted_in_every_bucket_it_overlaps()
    {
        var result = await LoadWithEventsAsync();
        Assert.Equal(8, result.BucketDays);
        var lane = result.Lanes.Single(l => l.Key == "airstrike");
        Assert.True(lane.Clustered);
        Assert.Equal(301, lane.Count);
        var clusters = result.Clusters.Where(c => c.Lane == "airstrike").ToList();
        // 1990 falls in 47 buckets of 8 days (its first and last bucket reach into 1989 and 1991): each holds the campaign.
        var firstBucket = SqlDates.DayNumber(new LocalDate(1990, 1, 1)) / 8;
        var lastBucket = SqlDates.DayNumber(new LocalDate(1990, 12, 31)) / 8;
        Assert.Equal(lastBucket - firstBucket + 1, clusters.Count);
        Assert.All(clusters.Where(c => string.CompareOrdinal(c.Start, "1990-02-08") >= 0), c => Assert.Equal(1, c.Count));
        // January's buckets hold the 300 strikes, plus the campaign once in each.
        var january = clusters.Where(c => string.CompareOrdinal(c.Start, "1990-02-01") < 0).ToList();
        Assert.Equal(300 + january.Count, january.Sum(c => c.Count));
    }

    [Fact]
    public void Overlaps_are_clamped_to_the_window()
    {
        var counts = AxisQuery.Overlaps([new("a", 0, 100, 2), new("a", 5, 5, 1), new("b", 7, 3, 1)], 4, 6);
        Assert.Equal([("a", 4, 2), ("a", 5, 3), ("a", 6, 2)], counts.OrderBy(c => c.Lane).ThenBy(c => c.Bucket));
    }
}
