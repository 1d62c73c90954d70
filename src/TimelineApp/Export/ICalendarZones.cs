using System.Globalization;
using NodaTime;
using NodaTime.TimeZones;

namespace TimelineApp.Export;

/// <summary>
/// The VTIMEZONE components for the TZIDs used: for each zone, one observance per offset period an event falls in
/// (from the tz database via NodaTime), which is all a client needs to place those events.
/// </summary>
public sealed class ICalendarZones
{
    private readonly SortedDictionary<string, (DateTimeZone Zone, SortedDictionary<Instant, ZoneInterval> Periods)> _used =
        new(StringComparer.Ordinal);

    public void Add(ZonedDateTime time)
    {
        if (!_used.TryGetValue(time.Zone.Id, out var entry)) _used[time.Zone.Id] = entry = (time.Zone, new());
        var period = time.Zone.GetZoneInterval(time.ToInstant());
        entry.Periods[period.HasStart ? period.Start : Instant.MinValue] = period;
    }

    public void Write(TextWriter w)
    {
        foreach (var (id, (zone, periods)) in _used)
        {
            ICalendarText.WriteLine(w, "BEGIN", "VTIMEZONE");
            ICalendarText.WriteLine(w, "TZID", id);
            foreach (var period in periods.Values) WriteObservance(w, zone, period);
            ICalendarText.WriteLine(w, "END", "VTIMEZONE");
        }
    }

    private static void WriteObservance(TextWriter w, DateTimeZone zone, ZoneInterval interval)
    {
        var kind = interval.Savings == Offset.Zero ? "STANDARD" : "DAYLIGHT";
        var before = interval.HasStart ? zone.GetZoneInterval(interval.Start - Duration.Epsilon).WallOffset : interval.WallOffset;
        // An observance's DTSTART is the local time of its onset, written in the offset in force before it.
        var onset = interval.HasStart ? interval.Start.WithOffset(before).LocalDateTime : new LocalDateTime(1601, 1, 1, 0, 0);
        ICalendarText.WriteLine(w, "BEGIN", kind);
        ICalendarText.WriteLine(w, "DTSTART", onset.ToString("uuuuMMdd'T'HHmmss", CultureInfo.InvariantCulture));
        ICalendarText.WriteLine(w, "TZOFFSETFROM", Format(before));
        ICalendarText.WriteLine(w, "TZOFFSETTO", Format(interval.WallOffset));
        ICalendarText.WriteLine(w, "TZNAME", ICalendarText.Escape(interval.Name));
        ICalendarText.WriteLine(w, "END", kind);
    }

    private static string Format(Offset offset)
    {
        var seconds = offset.Seconds;
        var sign = seconds < 0 ? "-" : "+";
        var abs = TimeSpan.FromSeconds(Math.Abs(seconds));
        var text = $"{sign}{abs.Hours:00}{abs.Minutes:00}";
        return abs.Seconds == 0 ? text : text + $"{abs.Seconds:00}";
    }
}
