using NodaTime;
using NodaTime.Text;

namespace TimelineApp.Editing;

/// <summary>The optional local time of an event and the IANA time zone it is in.</summary>
public static class EventTime
{
    private static readonly LocalTimePattern[] Patterns =
        [LocalTimePattern.CreateWithInvariantCulture("H:mm"), LocalTimePattern.CreateWithInvariantCulture("H:mm:ss")];

    public static LocalTime? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        foreach (var p in Patterns)
        {
            var r = p.Parse(text.Trim());
            if (r.Success) return r.Value;
        }
        return null;
    }

    public static string? Format(LocalTime? time) => time?.ToString(time.Value.Second == 0 ? "HH:mm" : "HH:mm:ss", null);

    public static bool IsZone(string? id) => !string.IsNullOrWhiteSpace(id) && DateTimeZoneProviders.Tzdb.GetZoneOrNull(id.Trim()) is not null;

    internal static void Check(EventForm f, List<FormError> errors)
    {
        var hasTime = !string.IsNullOrWhiteSpace(f.Time);
        var hasZone = !string.IsNullOrWhiteSpace(f.TimeZone);
        if (hasTime && Parse(f.Time) is null) errors.Add(new(f, nameof(f.Time), $"'{f.Time!.Trim()}' is not a time; write 24-hour time like 14:30."));
        else if (hasTime && !hasZone) errors.Add(new(f, nameof(f.TimeZone), "Choose the time zone the time is in, e.g. Africa/Tripoli."));
        if (hasZone && !IsZone(f.TimeZone)) errors.Add(new(f, nameof(f.TimeZone), $"'{f.TimeZone!.Trim()}' is not a time zone; use an IANA name like Africa/Cairo."));
        else if (hasZone && !hasTime) errors.Add(new(f, nameof(f.Time), "Enter the time, or clear the time zone."));
        if (hasTime && EventFormValidator.ReadDates(f) is { } span && span.Start.Precision != Dates.DatePrecision.Day)
            errors.Add(new(f, nameof(f.Time), "A time needs a start date known to the day."));
    }
}
