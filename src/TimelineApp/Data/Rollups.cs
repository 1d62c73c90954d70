using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Dates;

namespace TimelineApp.Data;

/// <summary>
/// Published events per (first day, last day, duration class, date precision, type): what the density chart and the
/// type counts of a date window read instead of the events. Kept by database triggers (<see cref="RollupTriggers"/>),
/// so every write path (editor, workflow, import, generator, raw SQL) updates it in its own transaction.
/// </summary>
public sealed class EventDayCount
{
    public LocalDate StartDate { get; set; }
    public LocalDate LastDate { get; set; }
    public DurationClass DurationClass { get; set; }
    public DatePrecision DatePrecision { get; set; }
    [System.ComponentModel.DataAnnotations.MaxLength(40)] public required string TypeId { get; set; }
    public int Count { get; set; }
}

/// <summary>Published events per (country, type); <c>""</c> for events without a place. The country list and totals.</summary>
public sealed class EventCountryCount
{
    [System.ComponentModel.DataAnnotations.MaxLength(2)] public required string Country { get; set; }
    [System.ComponentModel.DataAnnotations.MaxLength(40)] public required string TypeId { get; set; }
    public int Count { get; set; }
}

/// <summary>Published events' rows per tag: the tag filter's list and counts (<see cref="RollupTriggers"/> keeps it).</summary>
public sealed class EventTagCount
{
    [System.ComponentModel.DataAnnotations.MaxLength(60)] public required string Tag { get; set; }
    public int Count { get; set; }
}

/// <summary>
/// Published events' rows per actor: the actor filter's list and counts. An actor named in two roles on one event
/// counts twice (rare; a row count keeps the triggers simple on both providers, including COPY in the generator).
/// </summary>
public sealed class EventActorCount
{
    public int ActorId { get; set; }
    public int Count { get; set; }
}

internal static class Rollups
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<EventDayCount>(e =>
        {
            e.HasKey(x => new { x.StartDate, x.LastDate, x.DurationClass, x.DatePrecision, x.TypeId });
            // Window queries seek each duration class's range of start days, as on the events (see EventQuery.Filtered).
            e.HasIndex(x => new { x.DurationClass, x.StartDate, x.LastDate });
            e.Property(x => x.DatePrecision).HasConversion<string>().HasMaxLength(8);
        });
        b.Entity<EventCountryCount>(e => e.HasKey(x => new { x.Country, x.TypeId }));
        b.Entity<EventTagCount>(e => e.HasKey(x => x.Tag));
        b.Entity<EventActorCount>(e => e.HasKey(x => x.ActorId));
    }
}
