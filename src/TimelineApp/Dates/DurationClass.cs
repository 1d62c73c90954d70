namespace TimelineApp.Dates;

/// <summary>
/// How long an event may last, coarsely. Window queries ("what overlaps March 2016?") use it to bound
/// how far before the window an overlapping event can start, so they read an index range near the
/// window instead of everything before it.
/// </summary>
public enum DurationClass
{
    UpToAMonth = 0,
    UpToAYear = 1,
    Longer = 2,
}

public static class DurationClasses
{
    /// <summary>The most days from first to last day for events of the class (null: unbounded).</summary>
    public static int? MaxDays(this DurationClass c) => c switch
    {
        DurationClass.UpToAMonth => 31,
        DurationClass.UpToAYear => 366,
        _ => null,
    };

    public static DurationClass Of(NodaTime.LocalDate first, NodaTime.LocalDate last)
    {
        var days = last.ToDateOnly().DayNumber - first.ToDateOnly().DayNumber;
        return days <= 31 ? DurationClass.UpToAMonth : days <= 366 ? DurationClass.UpToAYear : DurationClass.Longer;
    }
}
