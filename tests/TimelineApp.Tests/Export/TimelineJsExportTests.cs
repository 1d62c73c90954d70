using System.Text.Json;

namespace TimelineApp.Tests.Export;

public class TimelineJsExportTests(ExportFixture fx) : IClassFixture<ExportFixture>
{
    private async Task<JsonElement> ExportAsync(string query = "")
    {
        var response = await fx.GetAsync("/export/timelinejs.json" + query);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private static JsonElement Slide(JsonElement root, string slug) =>
        root.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("unique_id").GetString() == slug);

    [Fact]
    public async Task Should_have_TimelineJS_title_and_event_slides()
    {
        var root = await ExportAsync();
        Assert.Equal(JsonValueKind.String, root.GetProperty("title").GetProperty("text").GetProperty("headline").ValueKind);
        var events = root.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(await fx.PublishedCountAsync(), events.Count);
        Assert.Equal(events.Count, events.Select(e => e.GetProperty("unique_id").GetString()).Distinct().Count());
        foreach (var e in events)
        {
            Assert.Equal(JsonValueKind.Number, e.GetProperty("start_date").GetProperty("year").ValueKind);
            Assert.Equal(JsonValueKind.String, e.GetProperty("start_date").GetProperty("display_date").ValueKind);
            Assert.NotEmpty(e.GetProperty("text").GetProperty("headline").GetString()!);
            Assert.NotEmpty(e.GetProperty("group").GetString()!);
        }
    }

    [Fact]
    public async Task Should_leave_out_the_day_or_month_the_sources_do_not_give()
    {
        var root = await ExportAsync();
        var day = Slide(root, "egyptian-airstrikes-on-derna").GetProperty("start_date");
        Assert.Equal((2015, 2, 16), (day.GetProperty("year").GetInt32(), day.GetProperty("month").GetInt32(), day.GetProperty("day").GetInt32()));
        var month = Slide(root, "uae-airstrikes-in-libya").GetProperty("start_date");
        Assert.Equal(8, month.GetProperty("month").GetInt32());
        Assert.False(month.TryGetProperty("day", out _));
        var year = Slide(root, "coalition-intervention-2011").GetProperty("start_date");
        Assert.False(year.TryGetProperty("month", out _));
        Assert.False(year.TryGetProperty("day", out _));
        Assert.Equal("Airstrike", Slide(root, "egyptian-airstrikes-on-derna").GetProperty("group").GetString());
        Assert.Contains("<p>Casualties: 40–50 killed (VICE News) · 3 civilians killed (Libyan army spokesman)</p>",
            System.Net.WebUtility.HtmlDecode(Slide(root, "egyptian-airstrikes-on-derna").GetProperty("text").GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Should_html_encode_text_because_TimelineJS_renders_it_as_html()
    {
        var slide = Slide(await ExportAsync(), fx.HostileSlug);
        var headline = slide.GetProperty("text").GetProperty("headline").GetString()!;
        Assert.DoesNotContain("<script", headline);
        Assert.Contains("&lt;script&gt;", headline);
        Assert.DoesNotContain("<script", slide.GetProperty("text").GetProperty("text").GetString());
    }
}
