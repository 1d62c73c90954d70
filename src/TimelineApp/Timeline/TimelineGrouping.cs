using NodaTime;
using TimelineApp.Dates;

namespace TimelineApp.Timeline;

/// <summary>A day heading and its entries; <see cref="Day"/> is null for entries dated only to the month.</summary>
public sealed record DayGroup<T>(LocalDate? Day, string Heading, IReadOnlyList<T> Items);

/// <summary>A month heading; <see cref="Month"/> is null for entries dated only to the year.</summary>
public sealed record MonthGroup<T>(int? Month, string Heading, IReadOnlyList<DayGroup<T>> Days);

public sealed record YearGroup<T>(int Year, string Heading, IReadOnlyList<MonthGroup<T>> Months);

/// <summary>
/// Groups an ordered list under year → month → day headings, keeping the list's order (oldest or newest
/// first). An entry sits only as deep as its date is known: "2014" under the year, "Feb 2015" under the month.
/// </summary>
public static class TimelineGrouping
{
    public static IReadOnlyList<YearGroup<T>> Group<T>(IEnumerable<T> ordered, Func<T, PartialDate> dateOf)
    {
        var years = new List<YearGroup<T>>();
        foreach (var yearRun in Runs(ordered, x => dateOf(x).Start.Year))
        {
            var year = yearRun.Key;
            var months = new List<MonthGroup<T>>();
            foreach (var monthRun in Runs(yearRun.Items, x => MonthKey(dateOf(x))))
            {
                var monthHeading = monthRun.Key is { } m ? $"{MonthName(m)} {year}" : $"{year} — month not known";
                var days = Runs(monthRun.Items, x => DayKey(dateOf(x)))
                    .Select(d => new DayGroup<T>(d.Key, d.Key is { } day ? DayHeading(day) : $"{monthHeading} — day not known", d.Items))
                    .ToList();
                months.Add(new MonthGroup<T>(monthRun.Key, monthHeading, days));
            }
            years.Add(new YearGroup<T>(year, year.ToString(System.Globalization.CultureInfo.InvariantCulture), months));
        }
        return years;
    }

    /// <summary>"Monday 16 February 2015".</summary>
    public static string DayHeading(LocalDate d) => $"{d.DayOfWeek} {d.Day} {MonthName(d.Month)} {d.Year}";

    public static string MonthName(int month) =>
        System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    private static int? MonthKey(PartialDate d) => d.Precision == DatePrecision.Year ? null : d.Start.Month;

    private static LocalDate? DayKey(PartialDate d) => d.Precision == DatePrecision.Day ? d.Start : null;

    /// <summary>Consecutive runs of equal keys (the input is already in display order).</summary>
    private static List<(TKey Key, List<T> Items)> Runs<T, TKey>(IEnumerable<T> items, Func<T, TKey> key)
    {
        var runs = new List<(TKey Key, List<T> Items)>();
        foreach (var item in items)
        {
            var k = key(item);
            if (runs.Count == 0 || !EqualityComparer<TKey>.Default.Equals(runs[^1].Key, k)) runs.Add((k, []));
            runs[^1].Items.Add(item);
        }
        return runs;
    }
}
