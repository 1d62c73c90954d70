using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using TimelineApp.Data;
using TimelineApp.Dates;
using TimelineApp.Events;
using TimelineApp.Generator;
using TimelineApp.Tests.Infrastructure;
using TimelineApp.Timeline;

namespace TimelineApp.Tests.Timeline;

/// <summary>
/// The rollup tables equal counts over the published events after every kind of write: EF Core saves (publish,
/// archive, a new date, type or place), bulk updates, a place's new country, a hard delete and a generator run.
/// Runs on SQLite here and on PostgreSQL in SuitesOnPostgres.
/// </summary>
public class RollupTests(TimelineFactory app) : IClassFixture<TimelineFactory>
{
    [Fact]
    public async Task Should_equal_counts_over_the_events_after_a_series_of_writes()
    {
        await RollupAssert.MatchesEventsAsync(app.CreateDb()); // seeded
        int draftId;
        await using (var db = app.CreateDb())
        {
            var template = await db.Events.AsNoTracking().FirstAsync(e => e.Status == EventStatus.Published && e.PlaceId != null);
            var draft = Copy(template, "rollup-draft", EventStatus.Draft);
            db.Events.AddRange(draft, Copy(template, "rollup-published", EventStatus.Published));
            await db.SaveChangesAsync();
            draftId = draft.Id;
        }
        await RollupAssert.MatchesEventsAsync(app.CreateDb());

        await using (var db = app.CreateDb())
        {
            var draft = await db.Events.SingleAsync(e => e.Id == draftId);
            draft.Status = EventStatus.Published; // publish
            draft.Dates = new DateSpan(PartialDate.Day(2015, 3, 2), PartialDate.Day(2015, 4, 20), false); // longer than a month
            await db.SaveChangesAsync();
            var archived = await db.Events.FirstAsync(e => e.Status == EventStatus.Published && e.Id != draftId);
            archived.Status = EventStatus.Archived;
            var retyped = await db.Events.OrderByDescending(e => e.Id).FirstAsync(e => e.Status == EventStatus.Published && e.TypeId != "statement");
            retyped.TypeId = "statement";
            retyped.PlaceId = null;
            await db.SaveChangesAsync();
            // Tags and actors added to and taken off a published event, and an event with both unpublished.
            var tagged = await db.Events.Include(e => e.Tags).Include(e => e.Actors)
                .FirstAsync(e => e.Status == EventStatus.Published && e.Tags.Any() && e.Actors.Any());
            tagged.Tags.Add(new EventTag { EventId = tagged.Id, Tag = "rollup-tag" });
            tagged.Tags.Remove(tagged.Tags.First(t => t.Tag != "rollup-tag"));
            tagged.Actors.Add(new EventActor { EventId = tagged.Id, ActorId = (await db.Actors.FirstAsync()).Id, Role = "rollup-role" });
            await db.SaveChangesAsync();
            var withdrawn = await db.Events.FirstAsync(e => e.Status == EventStatus.Published && e.Tags.Any() && e.Actors.Any() && e.Id != tagged.Id);
            withdrawn.Status = EventStatus.Archived;
            await db.SaveChangesAsync();
        }
        await RollupAssert.MatchesEventsAsync(app.CreateDb());

        await using (var db = app.CreateDb())
        {
            await db.Events.Where(e => e.Slug == "rollup-published").ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EventStatus.Archived));
            var place = await db.Places.FirstAsync(p => db.Events.Any(e => e.PlaceId == p.Id && e.Status == EventStatus.Published));
            await db.Places.Where(p => p.Id == place.Id).ExecuteUpdateAsync(s => s.SetProperty(p => p.Country, "TN"));
            await db.Events.Where(e => e.Id == draftId).ExecuteDeleteAsync();
        }
        await RollupAssert.MatchesEventsAsync(app.CreateDb());

        await EventGenerator.GenerateAsync(app.Services.GetRequiredService<IDbContextFactory<TimelineDb>>(), 300, 5,
            app.Services.GetRequiredService<IClock>(), TextWriter.Null);
        await RollupAssert.MatchesEventsAsync(app.CreateDb());
        await ReadersAgreeAsync();
    }

    /// <summary>What readers get from the rollups equals the same aggregate over the events.</summary>
    private async Task ReadersAgreeAsync()
    {
        await using var db = app.CreateDb();
        EventFilter[] filters =
        [
            EventFilter.None,
            EventFilter.None with { From = new LocalDate(2015, 3, 1), To = new LocalDate(2015, 3, 31) },
            EventFilter.None with { From = new LocalDate(2012, 1, 1), Types = ["airstrike", "statement"] },
            EventFilter.None with { Country = "LY" },
            EventFilter.None with { Country = "TN", Types = ["statement"] },
        ];
        foreach (var f in filters)
        {
            var events = EventQuery.Filtered(db, f);
            Assert.Equal(await events.CountAsync(), await RollupCounts.TotalAsync(db, f, default));
            var byType = await EventQuery.Filtered(db, f with { Types = [] }).GroupBy(e => e.TypeId)
                .Select(g => new TypeCount(g.Key, g.Count())).ToListAsync();
            Assert.Equal(byType.OrderBy(t => t.Type), (await RollupCounts.ByTypeAsync(db, f, default))!.OrderBy(t => t.Type));
            if (!RollupCounts.ByDay(f)) continue;
            var direct = await TimelineQuery.DensityRows(db, f).ToListAsync();
            Assert.Equal(direct.OrderBy(r => r.ToString()), (await RollupCounts.DensityRows(db, f).ToListAsync()).OrderBy(r => r.ToString()));
        }
        Assert.Null(await RollupCounts.TotalAsync(db, EventFilter.None with { Actor = "Egyptian military" }, default));
    }

    private static Event Copy(Event e, string slug, EventStatus status) => new()
    {
        Slug = slug, Title = e.Title, Summary = e.Summary, TypeId = e.TypeId, Dates = e.Dates, PlaceId = e.PlaceId, Status = status, CreatedAt = e.CreatedAt, CreatedBy = "test",
        UpdatedAt = e.UpdatedAt, UpdatedBy = "test", Version = 1,
    };
}

public static class RollupAssert
{
    /// <summary>Both rollup tables (rows with a count) equal GROUP BYs over the published events.</summary>
    public static async Task MatchesEventsAsync(TimelineDb db)
    {
        await using var _ = db;
        var published = db.Events.AsNoTracking().Where(e => e.Status == EventStatus.Published);
        var days = await published.GroupBy(e => new { e.StartDate, e.LastDate, e.DurationClass, e.DatePrecision, e.TypeId })
            .Select(g => $"{g.Key.StartDate} {g.Key.LastDate} {g.Key.DurationClass} {g.Key.DatePrecision} {g.Key.TypeId} {g.Count()}").ToListAsync();
        var dayRollup = await db.EventDayCounts.Where(d => d.Count != 0)
            .Select(d => $"{d.StartDate} {d.LastDate} {d.DurationClass} {d.DatePrecision} {d.TypeId} {d.Count}").ToListAsync();
        Assert.NotEmpty(days);
        Assert.Equal(days.Order(StringComparer.Ordinal), dayRollup.Order(StringComparer.Ordinal));
        var countries = await published.GroupBy(e => new { Country = e.Place == null ? "" : e.Place.Country, e.TypeId })
            .Select(g => $"{g.Key.Country} {g.Key.TypeId} {g.Count()}").ToListAsync();
        var countryRollup = await db.EventCountryCounts.Where(c => c.Count != 0).Select(c => $"{c.Country} {c.TypeId} {c.Count}").ToListAsync();
        Assert.Equal(countries.Order(StringComparer.Ordinal), countryRollup.Order(StringComparer.Ordinal));
        var tags = await db.EventTags.Where(t => published.Any(e => e.Id == t.EventId)).GroupBy(t => t.Tag)
            .Select(g => $"{g.Key} {g.Count()}").ToListAsync();
        Assert.NotEmpty(tags);
        Assert.Equal(tags.Order(StringComparer.Ordinal),
            (await db.EventTagCounts.Where(c => c.Count != 0).Select(c => $"{c.Tag} {c.Count}").ToListAsync()).Order(StringComparer.Ordinal));
        var actors = await db.EventActors.Where(a => published.Any(e => e.Id == a.EventId)).GroupBy(a => a.ActorId)
            .Select(g => $"{g.Key} {g.Count()}").ToListAsync();
        Assert.NotEmpty(actors);
        Assert.Equal(actors.Order(StringComparer.Ordinal),
            (await db.EventActorCounts.Where(c => c.Count != 0).Select(c => $"{c.ActorId} {c.Count}").ToListAsync()).Order(StringComparer.Ordinal));
    }
}
