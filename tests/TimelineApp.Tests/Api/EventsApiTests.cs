using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Api;

public class EventsApiTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static readonly Dictionary<string, int> PrecisionRank = new() { ["year"] = 0, ["month"] = 1, ["day"] = 2 };

    [Fact]
    public async Task Lists_the_seeded_events_chronologically_with_the_total()
    {
        var page = await _client.GetJsonAsync("/api/events?pageSize=200");
        var items = page.Items();

        Assert.Equal(24, page.GetProperty("total").GetInt32());
        Assert.Equal(24, items.Count);
        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.Equal(200, page.GetProperty("pageSize").GetInt32());
        Assert.Equal("qaddafi-overthrown", items[0].Str("slug"));
        for (var i = 1; i < items.Count; i++)
        {
            var (a, b) = (items[i - 1], items[i]);
            var byStart = string.CompareOrdinal(a.Str("startDate"), b.Str("startDate"));
            Assert.True(byStart < 0 || byStart == 0 && PrecisionRank[a.Str("datePrecision")] <= PrecisionRank[b.Str("datePrecision")],
                $"{a.Str("slug")} ({a.Str("startDate")} {a.Str("datePrecision")}) is listed before {b.Str("slug")} ({b.Str("startDate")} {b.Str("datePrecision")})");
        }
    }

    [Fact]
    public async Task Newest_first_reverses_the_order()
    {
        var oldest = (await _client.GetJsonAsync("/api/events?pageSize=200")).Slugs();
        var newest = (await _client.GetJsonAsync("/api/events?pageSize=200&sort=newest")).Slugs();

        Assert.Equal(oldest.Reverse(), newest);
    }

    [Fact]
    public async Task Default_page_size_is_50_and_pages_are_consecutive_slices()
    {
        var all = (await _client.GetJsonAsync("/api/events?pageSize=200")).Slugs();
        var first = await _client.GetJsonAsync("/api/events");
        var second = await _client.GetJsonAsync("/api/events?page=2&pageSize=5");
        var beyond = await _client.GetJsonAsync("/api/events?page=99&pageSize=5");

        Assert.Equal(50, first.GetProperty("pageSize").GetInt32());
        Assert.Equal(all.Skip(5).Take(5), second.Slugs());
        Assert.Equal(24, second.GetProperty("total").GetInt32());
        Assert.Empty(beyond.Items());
        Assert.Equal(24, beyond.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task From_and_to_accept_months_and_select_events_overlapping_the_window()
    {
        var page = await _client.GetJsonAsync("/api/events?from=2015-02&to=2015-02&pageSize=200");
        var slugs = page.Slugs();

        Assert.Contains("egyptian-airstrikes-on-derna", slugs);
        Assert.Contains("pinotti-open-to-intervention", slugs);   // "Feb 2015": month precision
        Assert.DoesNotContain("egypt-embassy-tripoli-bombing", slugs);  // Nov 2014
        Assert.DoesNotContain("qaddafi-overthrown", slugs);
        Assert.All(page.Items(), e => Assert.True(string.CompareOrdinal(e.Str("startDate"), "2015-02-28") <= 0));
        Assert.Equal(slugs.Count, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_window_includes_ranges_and_coarse_dates_that_overlap_it()
    {
        var slugs = (await _client.GetJsonAsync("/api/events?from=2015-02-21&to=2015-02-21&pageSize=200")).Slugs();

        Assert.Contains("libyan-army-spokesman-condemns-egypt", slugs);  // 16–21 Feb
        Assert.Contains("pinotti-open-to-intervention", slugs);          // Feb 2015
        Assert.DoesNotContain("al-qubba-bombings", slugs);               // 20 Feb
    }

    [Fact]
    public async Task To_a_year_includes_the_whole_year()
    {
        var slugs = (await _client.GetJsonAsync("/api/events?to=2014&pageSize=200")).Slugs();

        Assert.Contains("egypt-embassy-tripoli-bombing", slugs);  // Nov 2014
        Assert.Contains("morsi-removed-from-power", slugs);
        Assert.DoesNotContain("egyptian-airstrikes-on-derna", slugs);
    }

    [Fact]
    public async Task Type_is_repeatable_and_accepts_a_comma_list()
    {
        var repeated = await _client.GetJsonAsync("/api/events?type=airstrike&type=bombing&pageSize=200");
        var listed = await _client.GetJsonAsync("/api/events?type=airstrike,bombing&pageSize=200");
        var airstrikes = await _client.GetJsonAsync("/api/events?type=airstrike");
        var bombings = await _client.GetJsonAsync("/api/events?type=bombing");

        Assert.All(repeated.Items(), e => Assert.Contains(e.Str("type"), new[] { "airstrike", "bombing" }));
        Assert.Contains("al-qubba-bombings", repeated.Slugs());
        Assert.Contains("egyptian-airstrikes-on-derna", repeated.Slugs());
        Assert.Equal(airstrikes.GetProperty("total").GetInt32() + bombings.GetProperty("total").GetInt32(), repeated.GetProperty("total").GetInt32());
        Assert.Equal(repeated.Slugs(), listed.Slugs());
    }

    [Fact]
    public async Task Country_selects_events_by_their_place()
    {
        var us = await _client.GetJsonAsync("/api/events?country=us&pageSize=200");
        var ly = await _client.GetJsonAsync("/api/events?country=LY&pageSize=200");

        Assert.Contains("shukri-washington-meeting", us.Slugs());
        Assert.All(us.Items(), e => Assert.Equal("US", e.GetProperty("place").Str("country")));
        Assert.All(ly.Items(), e => Assert.Equal("LY", e.GetProperty("place").Str("country")));
        Assert.Contains("egyptian-airstrikes-on-derna", ly.Slugs());
    }

    [Theory]
    [InlineData("Qubba", "al-qubba-bombings")]
    [InlineData("qubba", "al-qubba-bombings")]
    [InlineData("Qub", "al-qubba-bombings")]
    [InlineData("Derna training camps", "egyptian-airstrikes-on-derna")]
    [InlineData("Shukri", "shukri-washington-meeting")]
    public async Task Q_searches_titles_places_actors_and_quotes(string q, string expected)
    {
        var slugs = (await _client.GetJsonAsync($"/api/events?q={Uri.EscapeDataString(q)}&pageSize=200")).Slugs();

        Assert.Contains(expected, slugs);
        Assert.True(slugs.Count < 24, $"'{q}' matched {slugs.Count} events");
    }

    [Fact]
    public async Task Filters_combine()
    {
        var page = await _client.GetJsonAsync("/api/events?q=Derna&type=airstrike&country=LY&from=2015-02-16&to=2015-02-16");

        Assert.Equal(["egyptian-airstrikes-on-derna"], page.Slugs());
        Assert.Equal(1, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task One_event_by_slug_and_404_for_an_unknown_slug()
    {
        var e = await _client.GetJsonAsync("/api/events/al-qubba-bombings");
        using var missing = await _client.GetAsync("/api/events/no-such-event");

        Assert.Equal("al-qubba-bombings", e.Str("slug"));
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }
}
