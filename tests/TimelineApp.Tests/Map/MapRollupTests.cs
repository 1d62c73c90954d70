using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using TimelineApp.Data;
using TimelineApp.Dates;
using TimelineApp.Events;
using TimelineApp.Map;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Map;

/// <summary>
/// The map's located/unlocated counts and the time slider's density, read from the rollups for the filters they can
/// answer, equal the same figures counted over the events, also with events that have no place (one of them the
/// latest-ending event, which must not stretch the slider's span).
/// </summary>
public class MapRollupTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    private static readonly EventFilter[] Filters =
    [
        EventFilter.None,
        EventFilter.None with { Types = ["airstrike"] },
        EventFilter.None with { Types = ["airstrike", "statement"] },
        EventFilter.None with { Country = "LY" },
        EventFilter.None with { From = new LocalDate(2013, 1, 1), To = new LocalDate(2014, 12, 31) },
    ];

    [Fact]
    public async Task Should_equal_counts_over_the_events_with_and_without_places()
    {
        await AgreeAsync();
        await using (var db = factory.CreateDb())
        {
            // Take the place off two published events, the latest-ending one among them, and stretch that one.
            var latest = await db.Events.Where(e => e.Status == EventStatus.Published && e.PlaceId != null)
                .OrderByDescending(e => e.LastDate).FirstAsync();
            latest.PlaceId = null;
            latest.Dates = new DateSpan(latest.Dates.Start, PartialDate.Day(2019, 6, 30), false);
            var other = await db.Events.Where(e => e.Status == EventStatus.Published && e.PlaceId != null && e.TypeId == "airstrike").FirstAsync();
            other.PlaceId = null;
            await db.SaveChangesAsync();
        }
        await AgreeAsync();
    }

    private async Task AgreeAsync()
    {
        using var scope = factory.Services.CreateScope();
        var map = scope.ServiceProvider.GetRequiredService<MapQuery>();
        foreach (var filter in Filters)
        {
            await using var db = factory.CreateDb();
            var selected = EventQuery.Filtered(db, filter);
            var counts = await map.CountsAsync(filter);
            Assert.Equal(await selected.CountAsync(e => e.PlaceId != null), counts.Located);
            Assert.Equal(await selected.CountAsync(e => e.PlaceId == null), counts.Unlocated);

            var strip = await map.DensityAsync(filter with { From = null, To = null });
            var located = EventQuery.Filtered(db, filter with { From = null, To = null }).Where(e => e.PlaceId != null);
            Assert.NotNull(strip);
            Assert.Equal(await located.CountAsync(), strip.Buckets.Sum(b => b.Count));
            Assert.Equal(await located.MinAsync(e => e.StartDate), strip.Start);
            Assert.Equal(await located.MaxAsync(e => e.LastDate), strip.End);
        }
    }
}
