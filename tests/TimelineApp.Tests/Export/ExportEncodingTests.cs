namespace TimelineApp.Tests.Export;

public class ExportEncodingTests(ExportFixture fx) : IClassFixture<ExportFixture>
{
    public static readonly TheoryData<string> WebFormats = ["/export/events.json", "/export/events.geojson", "/export/timelinejs.json", "/export/events.svg"];

    [Theory]
    [MemberData(nameof(WebFormats))]
    public async Task Should_never_emit_a_title_as_live_markup(string path)
    {
        var body = await fx.Client.GetStringAsync(path + "?type=bombing");
        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Should_keep_the_title_text_itself_in_plain_text_formats()
    {
        Assert.Contains(ExportTestData.HostileTitle.Replace("\"", "\"\""), await fx.Client.GetStringAsync("/export/events.csv?type=bombing"));
        var calendar = ICalendarParser.Parse(await fx.Client.GetByteArrayAsync("/export/events.ics?type=bombing"));
        var e = calendar.Children.Single(c => c.Name == "VEVENT" && c["URL"].Value.EndsWith("/events/" + fx.HostileSlug));
        Assert.Equal(ExportTestData.HostileTitle, ICalendarParser.Unescape(e["SUMMARY"].Value));
    }
}
