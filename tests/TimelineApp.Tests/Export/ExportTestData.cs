using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Data;
using TimelineApp.Dates;
using TimelineApp.Search;

namespace TimelineApp.Tests.Export;

/// <summary>Events written straight to the test database, the way an editor's save would leave them.</summary>
public static class ExportTestData
{
    public const string HostileTitle = "<script>alert('x')</script> & \"quoted\" <b>bold</b>";

    public static async Task<Event> AddEventAsync(TimelineDb db, string title, string type = "bombing", DateSpan? dates = null,
        LocalTime? time = null, string? zone = null, string? slug = null)
    {
        var now = SystemClock.Instance.GetCurrentInstant();
        var place = await db.Places.FirstAsync(p => p.Name == "Derna");
        var e = new Event
        {
            Slug = slug ?? "test-" + Guid.NewGuid().ToString("N")[..8], Title = title, Summary = title + " – summary; with, punctuation\nand a second line",
            TypeId = type, Dates = dates ?? new DateSpan(PartialDate.Day(2015, 2, 18), null, false), LocalTime = time, TimeZone = zone,
            Place = place, Status = EventStatus.Published, CreatedAt = now, CreatedBy = "test", UpdatedAt = now, UpdatedBy = "test", Version = 1,
        };
        db.Events.Add(e);
        await db.SaveChangesAsync();
        await EventSearchIndex.ReindexAsync(db, [e.Id]);
        return e;
    }

    /// <summary>What an editor's save does: new text, a later UpdatedAt and the next version.</summary>
    public static async Task EditTitleAsync(TimelineDb db, string slug, string title)
    {
        var e = await db.Events.SingleAsync(x => x.Slug == slug);
        e.Title = title;
        e.UpdatedAt = SystemClock.Instance.GetCurrentInstant() + Duration.FromSeconds(1);
        e.Version++;
        await db.SaveChangesAsync();
    }
}
