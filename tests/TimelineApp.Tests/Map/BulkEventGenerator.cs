using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Data;
using TimelineApp.Dates;

namespace TimelineApp.Tests.Map;

/// <summary>
/// Fills a test database fast through the app's bulk-insert path (BulkInserter, columns from the EF model) in one transaction: published events on generated places,
/// <paramref name="inWindow"/> of them in the window year and the rest spread over the years around it.
/// </summary>
public static class BulkEventGenerator
{
    public static readonly string[] Types = ["beheading", "airstrike", "bombing", "armed-clash", "un-appeal", "diplomatic-meeting", "statement", "pledge-of-allegiance", "election", "other"];
    private static readonly GeoPrecision[] Precisions = [GeoPrecision.Exact, GeoPrecision.Town, GeoPrecision.Region, GeoPrecision.Country];

    public static void Insert(string connectionString, int total, int inWindow, int windowYear, int places = 3000, int seed = 42)
    {
        var random = new Random(seed);
        using var db = new TimelineDb(new DbContextOptionsBuilder<TimelineDb>().UseSqlite(connectionString).Options);
        db.Database.OpenConnection();
        using var tx = db.Database.GetDbConnection().BeginTransaction();
        var placeIds = new List<int>(places);
        using (var place = new BulkInserter<Place>(db, tx))
        {
            for (var i = 0; i < places; i++)
            {
                // Most places in North Africa and the Middle East, the rest anywhere between 55°S and 65°N.
                var (lat, lng) = random.NextDouble() < 0.7
                    ? (15 + random.NextDouble() * 25, -5 + random.NextDouble() * 60)
                    : (-55 + random.NextDouble() * 120, -170 + random.NextDouble() * 340);
                var row = new Place { Name = $"Generated place {i}", Country = "ZZ", Latitude = lat, Longitude = lng, GeoPrecision = Precisions[random.Next(Precisions.Length)] };
                place.Insert(row);
                placeIds.Add(row.Id);
            }
        }
        using (var ev = new BulkInserter<Event>(db, tx))
        {
            var windowStart = new LocalDate(windowYear, 1, 1);
            var otherStart = new LocalDate(windowYear - 15, 1, 1);
            var windowDays = Period.DaysBetween(windowStart, windowStart.PlusYears(1));
            for (var i = 0; i < total; i++)
            {
                // Outside the window: 19 years of days from windowYear - 15, stepping over the window year.
                var date = i < inWindow ? windowStart.PlusDays(random.Next(windowDays)) : otherStart.PlusDays(random.Next(19 * 365));
                if (i >= inWindow && date >= windowStart) date = date.PlusYears(1);
                var type = Types[random.Next(Types.Length)];
                ev.Insert(new Event
                {
                    Slug = $"generated-{i}", Title = $"Generated {type} {i}", Summary = "", TypeId = type,
                    Dates = new DateSpan(new PartialDate(date, DatePrecision.Day), null, false), PlaceId = placeIds[random.Next(places)],
                    Status = EventStatus.Published, CreatedBy = "generator", UpdatedBy = "generator", Version = 1,
                });
            }
        }
        tx.Commit();
    }
}
