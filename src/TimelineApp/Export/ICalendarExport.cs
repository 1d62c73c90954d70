using System.Globalization;
using NodaTime;
using NodaTime.Text;
using TimelineApp.Data;
using TimelineApp.Dates;
using TimelineApp.Events;
using TimelineApp.Timeline;
using TimelineApp.Common;

namespace TimelineApp.Export;

/// <summary>
/// /export/events.ics (RFC 5545). Dates are never made more precise than the sources: a day is an all-day entry,
/// a month or year known only to the month or year is an all-day span over the whole month or year with the
/// precision stated in the summary and description, and an event with a local time and zone is timed with TZID.
/// DTSTAMP is the event's last change (no METHOD is given, so RFC 5545 §3.8.7.2 asks for exactly that).
/// </summary>
public sealed class ICalendarExport : IExportFormat
{
    private static readonly LocalDatePattern DateValue = LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd");
    private static readonly LocalDateTimePattern LocalValue = LocalDateTimePattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss");
    private static readonly InstantPattern UtcValue = InstantPattern.CreateWithInvariantCulture("uuuuMMdd'T'HHmmss'Z'");

    public string Path => "/export/events.ics";
    public string Label => "iCalendar";
    public string Purpose => "for calendar apps";
    public string ContentType => "text/calendar; charset=utf-8";
    public string FileExtension => "ics";
    public bool Inline => false;

    public async Task WriteAsync(ExportContext context, IAsyncEnumerable<Event> events, ExportSink sink, CancellationToken ct)
    {
        var w = sink.Text;
        var host = new Uri(context.BaseUrl).Authority;
        var zones = new ICalendarZones();
        ICalendarText.WriteLine(w, "BEGIN", "VCALENDAR");
        ICalendarText.WriteLine(w, "VERSION", "2.0");
        ICalendarText.WriteLine(w, "PRODID", "-//TimelineApp//Event export//EN");
        ICalendarText.WriteLine(w, "CALSCALE", "GREGORIAN");
        ICalendarText.WriteLine(w, "X-WR-CALNAME", ICalendarText.Escape("TimelineApp: " + context.Description));
        await foreach (var e in events.WithCancellation(ct))
        {
            WriteEvent(w, context, e, host, zones);
            await sink.FlushAsync(ct: ct);
        }
        zones.Write(w);
        ICalendarText.WriteLine(w, "END", "VCALENDAR");
    }

    private static void WriteEvent(TextWriter w, ExportContext context, Event e, string host, ICalendarZones zones)
    {
        var dto = EventDto.From(e);
        var span = e.Dates;
        ICalendarText.WriteLine(w, "BEGIN", "VEVENT");
        ICalendarText.WriteLine(w, "UID", ICalendarText.Escape($"event-{e.Id}@{host}"));
        ICalendarText.WriteLine(w, "DTSTAMP", UtcValue.Format(e.UpdatedAt));
        ICalendarText.WriteLine(w, "LAST-MODIFIED", UtcValue.Format(e.UpdatedAt));
        ICalendarText.WriteLine(w, "SEQUENCE", e.Version.ToString(CultureInfo.InvariantCulture));
        var timed = TimedStart(e);
        if (timed is { } start)
        {
            ICalendarText.WriteLine(w, $"DTSTART;TZID={start.Zone.Id}", LocalValue.Format(start.LocalDateTime));
            zones.Add(start);
        }
        else
        {
            ICalendarText.WriteLine(w, "DTSTART;VALUE=DATE", DateValue.Format(span.Start.Start));
            // DTEND of an all-day entry is exclusive: the day after the last day the event may cover.
            ICalendarText.WriteLine(w, "DTEND;VALUE=DATE", DateValue.Format(span.Last.PlusDays(1)));
        }
        ICalendarText.WriteLine(w, "SUMMARY", ICalendarText.Escape(e.Title + DateQualifier(span)));
        ICalendarText.WriteLine(w, "DESCRIPTION", ICalendarText.Escape(Description(context, e, dto, span, timed is not null)));
        if (e.Place is { } p)
        {
            ICalendarText.WriteLine(w, "LOCATION", ICalendarText.Escape($"{p.Name}, {p.Country}"));
            ICalendarText.WriteLine(w, "GEO", string.Create(CultureInfo.InvariantCulture, $"{p.Latitude:0.######};{p.Longitude:0.######}"));
        }
        ICalendarText.WriteLine(w, "CATEGORIES", ICalendarText.Escape(context.TypeOf(e)?.Name ?? e.TypeId));
        ICalendarText.WriteLine(w, "URL", context.EventUrl(e.Slug));
        ICalendarText.WriteLine(w, "TRANSP", "TRANSPARENT");
        ICalendarText.WriteLine(w, "X-TIMELINEAPP-DATE-PRECISION", e.DatePrecision.ToKebab());
        ICalendarText.WriteLine(w, "END", "VEVENT");
    }

    /// <summary>A start time in its zone, only for a single day known to the day with a valid IANA zone.</summary>
    private static ZonedDateTime? TimedStart(Event e)
    {
        if (e.LocalTime is not { } time || e.TimeZone is null || e.DatePrecision != DatePrecision.Day) return null;
        if (e.EndDate is { } end && end != e.StartDate) return null;
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(e.TimeZone);
        return zone is null ? null : (e.StartDate + time).InZoneLeniently(zone);
    }

    private static string DateQualifier(DateSpan span)
    {
        var coarsest = span.End is { } end && end.Precision > span.Start.Precision ? end.Precision : span.Start.Precision;
        return coarsest switch
        {
            DatePrecision.Year => $" ({span.Format()}, year only)",
            DatePrecision.Month => $" ({span.Format()}, month only)",
            _ => span.Approximate ? $" ({span.Format()}, approximate)" : "",
        };
    }

    private static string Description(ExportContext context, Event e, EventDto dto, DateSpan span, bool timed)
    {
        var lines = new List<string> { "Date: " + dto.DateText + PrecisionNote(span, timed) };
        if (e.DateNote is { Length: > 0 } note) lines.Add("How the date was worked out: " + note);
        if (e.LocalTime is { } t && !timed) lines.Add($"Local time given by the sources: {t.ToString("HH:mm", CultureInfo.InvariantCulture)} ({e.TimeZone})");
        lines.Add("");
        lines.Add(e.Summary);
        if (CasualtyLine.Format(dto.Claims) is { Length: > 0 } casualties) lines.Add("Casualties: " + casualties);
        if (dto.Citations.Count > 0)
            lines.Add("Sources: " + string.Join("; ", dto.Citations.Select(c => c.Outlet).Distinct()));
        lines.Add(context.EventUrl(e.Slug));
        return string.Join("\n", lines);
    }

    private static string PrecisionNote(DateSpan span, bool timed)
    {
        if (timed) return "";
        var note = span.Start.Precision switch
        {
            DatePrecision.Year => ". The sources give only the year; this entry spans the whole year, not a known day.",
            DatePrecision.Month => ". The sources give only the month; this entry spans the whole month, not a known day.",
            _ => ".",
        };
        return span.Approximate ? note + " The date is approximate." : note;
    }
}
