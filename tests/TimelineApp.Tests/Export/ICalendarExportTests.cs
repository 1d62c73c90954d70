namespace TimelineApp.Tests.Export;

public class ICalendarExportTests(ExportFixture fx) : IClassFixture<ExportFixture>
{
    private async Task<ICalendarParser.Component> CalendarAsync(string query = "")
    {
        var response = await fx.GetAsync("/export/events.ics" + query);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        return ICalendarParser.Parse(await response.Content.ReadAsByteArrayAsync());
    }

    private static ICalendarParser.Component EventWithUrlEnding(ICalendarParser.Component calendar, string slug) =>
        calendar.Children.Single(c => c.Name == "VEVENT" && c["URL"].Value.EndsWith("/events/" + slug));

    [Fact]
    public async Task Should_be_a_well_formed_calendar_with_one_event_per_published_event()
    {
        var calendar = await CalendarAsync();
        Assert.Equal("VCALENDAR", calendar.Name);
        Assert.Equal("2.0", calendar["VERSION"].Value);
        Assert.NotEmpty(calendar["PRODID"].Value);
        var events = calendar.Children.Where(c => c.Name == "VEVENT").ToList();
        Assert.Equal(await fx.PublishedCountAsync(), events.Count);
        Assert.Equal(events.Count, events.Select(e => e["UID"].Value).Distinct().Count());
        Assert.All(events, e => Assert.Matches(@"^\d{8}T\d{6}Z$", e["DTSTAMP"].Value));
    }

    [Fact]
    public async Task Should_make_a_day_an_all_day_entry_with_an_exclusive_end()
    {
        var e = EventWithUrlEnding(await CalendarAsync(), "egyptian-airstrikes-on-derna");
        Assert.Equal("DATE", e["DTSTART"].Parameters["VALUE"]);
        Assert.Equal("20150216", e["DTSTART"].Value);
        Assert.Equal("20150217", e["DTEND"].Value);
        Assert.Equal("Egyptian airstrikes on Islamic State targets in Derna", ICalendarParser.Unescape(e["SUMMARY"].Value));
        Assert.Contains("Casualties: 40–50 killed (VICE News) · 3 civilians killed (Libyan army spokesman)", ICalendarParser.Unescape(e["DESCRIPTION"].Value));
    }

    [Fact]
    public async Task Should_span_the_whole_month_or_year_and_say_so_instead_of_inventing_a_day()
    {
        var calendar = await CalendarAsync();
        var month = EventWithUrlEnding(calendar, "uae-airstrikes-in-libya");
        Assert.Equal(("20140801", "20140901"), (month["DTSTART"].Value, month["DTEND"].Value));
        Assert.Contains("month only", ICalendarParser.Unescape(month["SUMMARY"].Value));
        Assert.Contains("only the month", ICalendarParser.Unescape(month["DESCRIPTION"].Value));
        var year = EventWithUrlEnding(calendar, "coalition-intervention-2011");
        Assert.Equal(("20110101", "20120101"), (year["DTSTART"].Value, year["DTEND"].Value));
        Assert.Contains("year only", ICalendarParser.Unescape(year["SUMMARY"].Value));
    }

    [Fact]
    public async Task Should_time_an_event_with_a_local_time_in_its_zone_and_define_that_zone()
    {
        var calendar = await CalendarAsync();
        var e = EventWithUrlEnding(calendar, fx.TimedSlug);
        Assert.Equal("Africa/Cairo", e["DTSTART"].Parameters["TZID"]);
        Assert.Equal("20150218T143000", e["DTSTART"].Value);
        var zone = calendar.Children.Single(c => c.Name == "VTIMEZONE");
        Assert.Equal("Africa/Cairo", zone["TZID"].Value);
        Assert.Equal("+0200", zone.Children.Single()["TZOFFSETTO"].Value);
    }

    [Fact]
    public async Task Should_escape_commas_semicolons_backslashes_and_newlines_in_text()
    {
        var e = EventWithUrlEnding(await CalendarAsync(), fx.TimedSlug);
        Assert.Contains(@"\;", e["SUMMARY"].Value);
        Assert.Contains(@"\,", e["SUMMARY"].Value);
        Assert.Contains(@"\\", e["SUMMARY"].Value);
        Assert.Equal(ExportFixture.TimedTitle, ICalendarParser.Unescape(e["SUMMARY"].Value));
        Assert.Contains("summary; with, punctuation\nand a second line", ICalendarParser.Unescape(e["DESCRIPTION"].Value));
    }

    [Fact]
    public async Task Should_keep_each_event_uid_between_exports_and_filters()
    {
        var all = EventWithUrlEnding(await CalendarAsync(), "egyptian-airstrikes-on-derna")["UID"].Value;
        var filtered = EventWithUrlEnding(await CalendarAsync("?type=airstrike"), "egyptian-airstrikes-on-derna")["UID"].Value;
        Assert.Equal(all, filtered);
    }
}
