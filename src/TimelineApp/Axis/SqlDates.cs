using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace TimelineApp.Axis;

/// <summary>
/// SQLite's julianday() for date columns, so the axis can GROUP BY a bucket of days in the database. Dates are stored
/// as ISO text ("2015-02-16"), which julianday reads; <see cref="DayNumberOffset"/> turns the result into .NET's
/// <see cref="DateOnly.DayNumber"/> (days since 0001-01-01), so C# and SQL agree on every bucket boundary.
/// </summary>
public static class SqlDates
{
    public const double DayNumberOffset = 1721425.5;

    /// <summary>Only translated to SQL; the column argument is already stored as TEXT, so no conversion is needed.</summary>
    public static double JulianDay(LocalDate date) => throw new InvalidOperationException("Only for use in database queries.");

    public static void Register(ModelBuilder b) =>
        b.HasDbFunction(typeof(SqlDates).GetMethod(nameof(JulianDay))!).HasName("julianday").IsBuiltIn()
            .HasParameter("date").HasStoreType("TEXT");

    public static int DayNumber(LocalDate date) => date.ToDateOnly().DayNumber;

    public static LocalDate FromDayNumber(long dayNumber) =>
        LocalDate.FromDateOnly(DateOnly.FromDayNumber((int)Math.Clamp(dayNumber, 0, DateOnly.MaxValue.DayNumber)));
}
