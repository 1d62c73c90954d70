using NodaTime;
using TimelineApp.Dates;

namespace TimelineApp.Export;

/// <summary>A tick on the time axis: its date and its label.</summary>
public sealed record SvgTick(LocalDate Date, string Label);

/// <summary>
/// The time axis of the SVG export: the smallest calendar step (days, weeks, months, years, decades…) that gives at most
/// <see cref="MaxTicks"/> ticks over the span, with the span widened to whole steps so both ends carry a tick.
/// </summary>
public sealed class SvgAxis
{
    public const int MaxTicks = 10;

    private static readonly (Period Step, string Kind)[] Steps =
    [
        (Period.FromDays(1), "day"), (Period.FromDays(2), "day"), (Period.FromWeeks(1), "week"), (Period.FromWeeks(2), "week"),
        (Period.FromMonths(1), "month"), (Period.FromMonths(3), "month"), (Period.FromMonths(6), "month"),
        (Period.FromYears(1), "year"), (Period.FromYears(2), "year"), (Period.FromYears(5), "year"), (Period.FromYears(10), "year"),
        (Period.FromYears(20), "year"), (Period.FromYears(50), "year"), (Period.FromYears(100), "year"), (Period.FromYears(500), "year"),
        (Period.FromYears(1000), "year"),
    ];

    public LocalDate Start { get; }
    public LocalDate End { get; }
    public IReadOnlyList<SvgTick> Ticks { get; }

    /// <param name="first">First day shown.</param>
    /// <param name="endExclusive">The day after the last day shown.</param>
    public SvgAxis(LocalDate first, LocalDate endExclusive)
    {
        foreach (var (step, kind) in Steps)
        {
            var start = Floor(first, step, kind);
            var ticks = new List<LocalDate> { start };
            while (ticks[^1] < endExclusive && ticks.Count <= MaxTicks + 1) ticks.Add(ticks[^1] + step);
            if (ticks.Count > MaxTicks + 1 && step != Steps[^1].Step) continue;
            Start = start;
            End = ticks[^1];
            Ticks = ticks.Select((d, i) => new SvgTick(d, Label(d, kind, i == 0 || d.Year != ticks[i - 1].Year))).ToList();
            return;
        }
        throw new InvalidOperationException("unreachable: the last step always fits");
    }

    /// <summary>Position of a date as a fraction 0…1 of the axis.</summary>
    public double Fraction(LocalDate date) =>
        (double)Period.DaysBetween(Start, date) / Math.Max(1, Period.DaysBetween(Start, End));

    private static LocalDate Floor(LocalDate d, Period step, string kind) => kind switch
    {
        "year" => new LocalDate(Math.Max(1, d.Year - (d.Year % step.Years)), 1, 1),
        "month" => new LocalDate(d.Year, d.Month - ((d.Month - 1) % step.Months), 1),
        "week" => d.With(DateAdjusters.PreviousOrSame(IsoDayOfWeek.Monday)),
        _ => d,
    };

    private static string Label(LocalDate d, string kind, bool showYear)
    {
        var day = new PartialDate(d, DatePrecision.Day).Format();
        return kind switch
        {
            "year" => d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "month" => showYear || d.Month == 1 ? new PartialDate(d, DatePrecision.Month).Format() : new PartialDate(d, DatePrecision.Month).Format()[..3],
            _ => showYear ? day : day[..day.LastIndexOf(' ')],
        };
    }
}
