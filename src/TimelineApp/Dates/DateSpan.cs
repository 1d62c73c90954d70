namespace TimelineApp.Dates;

/// <summary>An event's dates: a start, an optional end, and whether the source hedges ("about", "c.").</summary>
public readonly record struct DateSpan(PartialDate Start, PartialDate? End, bool Approximate)
{
    /// <summary>The last calendar day the event may cover; what window queries compare against.</summary>
    public NodaTime.LocalDate Last => (End ?? Start).Last;

    /// <summary>How long the span may last; see <see cref="DurationClass"/>.</summary>
    public DurationClass Duration => DurationClasses.Of(Start.Start, Last);

    public bool IsValid => End is null || End.Value.Last >= Start.Start;

    /// <summary>"16 Feb 2015", "c. Jun 2014", "16–20 Feb 2015", "Jun 2014 – Feb 2015".</summary>
    public string Format()
    {
        var prefix = Approximate ? "c. " : "";
        if (End is not { } end || end == Start) return prefix + Start.Format();
        return prefix + FormatRange(Start, end);
    }

    private static string FormatRange(PartialDate a, PartialDate b)
    {
        if (a.Precision == DatePrecision.Day && b.Precision == DatePrecision.Day && a.Start.Year == b.Start.Year)
        {
            if (a.Start.Month == b.Start.Month) return $"{a.Start.Day}–{b.Format()}";
            var aText = a.Format();
            return $"{aText[..aText.LastIndexOf(' ')]} – {b.Format()}";
        }
        if (a.Precision == DatePrecision.Month && b.Precision == DatePrecision.Month && a.Start.Year == b.Start.Year)
        {
            return $"{a.Format()[..3]}–{b.Format()}";
        }
        return $"{a.Format()} – {b.Format()}";
    }
}
