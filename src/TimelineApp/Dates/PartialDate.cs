using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace TimelineApp.Dates;

/// <summary>
/// A calendar date known to a day, a month or a year. <see cref="Start"/> is the first day of the
/// period ("Feb 2015" starts on 2015-02-01) and <see cref="Last"/> its last day; neither is ever a
/// UTC moment, so nothing shifts by a day through time-zone conversion.
/// </summary>
public readonly partial record struct PartialDate(LocalDate Start, DatePrecision Precision) : IComparable<PartialDate>
{
    private static readonly string[] MonthAbbreviations =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static PartialDate Day(int year, int month, int day) => new(new LocalDate(year, month, day), DatePrecision.Day);
    public static PartialDate Month(int year, int month) => new(new LocalDate(year, month, 1), DatePrecision.Month);
    public static PartialDate Year(int year) => new(new LocalDate(year, 1, 1), DatePrecision.Year);

    /// <summary>Normalises the start to the first day of its period.</summary>
    public static PartialDate Of(LocalDate date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => Year(date.Year),
        DatePrecision.Month => Month(date.Year, date.Month),
        _ => new PartialDate(date, DatePrecision.Day),
    };

    public LocalDate Last => Precision switch
    {
        DatePrecision.Year => new LocalDate(Start.Year, 12, 31),
        DatePrecision.Month => Start.With(DateAdjusters.EndOfMonth),
        _ => Start,
    };

    /// <summary>ISO form with only the known parts: "2015-02-16", "2015-02" or "2015".</summary>
    public string ToIsoString() => Precision switch
    {
        DatePrecision.Year => Start.Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => $"{Start.Year:D4}-{Start.Month:D2}",
        _ => $"{Start.Year:D4}-{Start.Month:D2}-{Start.Day:D2}",
    };

    /// <summary>Reader-facing form: "16 Feb 2015", "Oct 2014", "2011".</summary>
    public string Format() => Precision switch
    {
        DatePrecision.Year => Start.Year.ToString(CultureInfo.InvariantCulture),
        DatePrecision.Month => $"{MonthAbbreviations[Start.Month - 1]} {Start.Year}",
        _ => $"{Start.Day} {MonthAbbreviations[Start.Month - 1]} {Start.Year}",
    };

    public override string ToString() => ToIsoString();

    /// <summary>Chronological; a coarser date sorts before a finer one starting the same day.</summary>
    public int CompareTo(PartialDate other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : other.Precision.CompareTo(Precision);
    }

    public static bool operator <(PartialDate a, PartialDate b) => a.CompareTo(b) < 0;
    public static bool operator >(PartialDate a, PartialDate b) => a.CompareTo(b) > 0;
    public static bool operator <=(PartialDate a, PartialDate b) => a.CompareTo(b) <= 0;
    public static bool operator >=(PartialDate a, PartialDate b) => a.CompareTo(b) >= 0;

    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date like 2015-02-16, 2015-02, 2015, 16 Feb 2015 or Feb 2015.");

    /// <summary>
    /// Accepts ISO ("2015-02-16", "2015-02", "2015") and written forms ("16 Feb 2015", "February 2015", "Feb 16, 2015").
    /// Digits of any script (Arabic-Indic ٢٠١٥, full-width ２０１５, Devanagari १९९९) are read as the ASCII digits they
    /// stand for; the patterns then match ASCII digits only, so nothing reaches int.Parse that it cannot read.
    /// </summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = DigitText.ToAscii(text.Trim());
        var iso = IsoPattern().Match(s);
        if (iso.Success)
        {
            var year = int.Parse(iso.Groups["y"].Value, CultureInfo.InvariantCulture);
            int? month = iso.Groups["m"].Success ? int.Parse(iso.Groups["m"].Value, CultureInfo.InvariantCulture) : null;
            int? day = iso.Groups["d"].Success ? int.Parse(iso.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
            return TryCreate(year, month, day, out date);
        }
        var written = WrittenPattern().Match(s);
        if (written.Success)
        {
            var month = MonthNames.Parse(written.Groups["mon"].Value);
            if (month is null) return false;
            var dayText = written.Groups["d1"].Success ? written.Groups["d1"].Value : written.Groups["d2"].Value;
            int? day = dayText.Length > 0 ? int.Parse(dayText, CultureInfo.InvariantCulture) : null;
            return TryCreate(int.Parse(written.Groups["y"].Value, CultureInfo.InvariantCulture), month, day, out date);
        }
        return false;
    }

    private static bool TryCreate(int year, int? month, int? day, out PartialDate date)
    {
        date = default;
        if (year is < 1 or > 9999) return false;
        if (month is null) { date = Year(year); return true; }
        if (month is < 1 or > 12) return false;
        if (day is null) { date = Month(year, month.Value); return true; }
        if (day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month.Value)) return false;
        date = Day(year, month.Value, day.Value);
        return true;
    }

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?:-(?<m>[0-9]{1,2})(?:-(?<d>[0-9]{1,2}))?)?$")]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"^(?:(?<d1>[0-9]{1,2})\s+)?(?<mon>[A-Za-z]+)\.?(?:\s+(?<d2>[0-9]{1,2}),?)?\s+(?<y>[0-9]{4})$")]
    private static partial Regex WrittenPattern();
}
