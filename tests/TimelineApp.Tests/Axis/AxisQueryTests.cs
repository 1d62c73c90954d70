using System.Net;
using System.Net.Http.Json;
using NodaTime;
using TimelineApp.Axis;
using TimelineApp.Events;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Axis;

/// <summary>The axis's server side on the seeded events in a real SQLite file: windows, honest spans, lanes, clusters, validation.</summary>
public class AxisQueryTests(TimelineFactory app) : IClassFixture<TimelineFactory>
{
    private static readonly EventFilter February = EventFilter.None with { From = new LocalDate(2015, 2, 1), To = new LocalDate(2015, 2, 28) };

    private async Task<AxisResult> LoadAsync(EventFilter filter, LaneKind lanes = LaneKind.Type, int width = 1000)
    {
        await using var db = app.CreateDb();
        return await AxisQuery.LoadAsync(db, new AxisRequest(filter, lanes, width));
    }

    [Fact]
    public async Task Should_draw_each_event_over_every_day_it_may_cover()
    {
        var result = await LoadAsync(EventFilter.None with { From = new LocalDate(2014, 10, 1), To = new LocalDate(2015, 2, 28) });
        var pledge = result.Marks.Single(m => m.Slug == "ansar-al-sharia-derna-pledge");
        Assert.Equal(("2014-10-01", "2014-10-31", "span", true, "Oct 2014"), (pledge.Start, pledge.End, pledge.Kind, pledge.Uncertain, pledge.Date));
        var strikes = result.Marks.Single(m => m.Slug == "egyptian-airstrikes-on-derna");
        Assert.Equal(("2015-02-16", "2015-02-16", "point", false), (strikes.Start, strikes.End, strikes.Kind, strikes.Uncertain));
        var ranged = result.Marks.Single(m => m.Slug == "libyan-army-spokesman-condemns-egypt");
        Assert.Equal(("2015-02-16", "2015-02-21", "bar", true), (ranged.Start, ranged.End, ranged.Kind, ranged.Uncertain));
        Assert.StartsWith("c. ", ranged.Date);
        Assert.Equal("#D55E00", strikes.Color);
    }

    [Fact]
    public async Task Should_read_only_published_events_overlapping_the_window_in_date_order()
    {
        var result = await LoadAsync(February);
        Assert.Equal(("2015-02-01", "2015-02-28", 1), (result.From, result.To, result.BucketDays));
        Assert.Equal(14, result.Total);
        Assert.Empty(result.Clusters);
        Assert.Equal(result.Marks.OrderBy(m => m.Start, StringComparer.Ordinal).Select(m => m.Slug), result.Marks.Select(m => m.Slug));
        Assert.DoesNotContain(result.Marks, m => string.CompareOrdinal(m.End, "2015-02-01") < 0);
        Assert.Equal(["Beheading / execution", "Airstrike", "Bombing", "UN appeal", "Diplomatic meeting", "Statement / condemnation"], result.Lanes.Select(l => l.Label));
    }

    [Fact]
    public async Task Should_take_the_window_from_the_events_when_the_address_has_none()
    {
        var result = await LoadAsync(EventFilter.None);
        Assert.Equal(("2011-01-01", "2015-02-28", 24), (result.From, result.To, result.Total));
        var empty = await LoadAsync(EventFilter.None with { Text = "nothing-matches-this" });
        Assert.Equal((null, 0), (empty.From, empty.Total));
    }

    [Fact]
    public async Task Should_put_events_in_country_and_actor_lanes()
    {
        var byCountry = await LoadAsync(February, LaneKind.Country);
        Assert.Contains(byCountry.Lanes, l => l.Label == "Libya");
        Assert.Equal(byCountry.Total, byCountry.Lanes.Sum(l => l.Count));
        var byActor = await LoadAsync(February, LaneKind.Actor);
        Assert.Contains(byActor.Marks, m => m.Slug == "egyptian-airstrikes-on-derna" && byActor.Lanes.Single(l => l.Key == m.Lane).Label == "Egyptian military");
        Assert.Equal(14, byActor.Total);
    }

    [Theory]
    [InlineData(28, 1000, 1)]
    [InlineData(365, 1000, 8)]
    [InlineData(30 * 365, 1000, 256)]
    [InlineData(30 * 365, 4000, 64)]
    public void Bucket_width_is_a_power_of_two_days_for_about_16_pixels(int days, int width, int expected) =>
        Assert.Equal(expected, AxisQuery.BucketDays(new LocalDate(2000, 1, 1), new LocalDate(2000, 1, 1).PlusDays(days - 1), width));

    [Fact]
    public void A_lane_is_clustered_when_denser_than_one_event_per_five_pixels_or_past_the_budget()
    {
        var clustered = AxisQuery.ChooseClustered(new Dictionary<string, int> { ["a"] = 150, ["b"] = 250, ["c"] = 10 }, 1000);
        Assert.Equal(["b"], clustered);
        var overBudget = AxisQuery.ChooseClustered(Enumerable.Range(0, 20).ToDictionary(i => $"l{i}", _ => 190), 1000);
        Assert.Equal(20 - AxisQuery.MaxMarks / 190, overBudget.Count);
    }

    [Theory]
    [InlineData("lanes=place", "lanes")]
    [InlineData("width=10", "width")]
    [InlineData("width=abc", "width")]
    [InlineData("from=2015-02-30", "from")]
    [InlineData("type=massacre", "type")]
    [InlineData("from=2015-03&to=2015-02", "to")]
    public async Task A_bad_parameter_gets_a_400_problem_naming_it(string query, string parameter)
    {
        using var response = await app.CreateClient().GetAsync("/api/axis?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains($"\"{parameter}\"", body);
    }

    [Theory]
    [InlineData("' OR 1=1 --")]
    [InlineData("NEAR(")]
    [InlineData("\"unbalanced")]
    public async Task Search_syntax_is_an_answer_not_an_error(string q)
    {
        var client = app.CreateClient();
        using var response = await client.GetAsync("/api/axis?q=" + Uri.EscapeDataString(q));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // An answer to the words in the text, not to the syntax: never every event, only events holding those words.
        var found = (await response.Content.ReadFromJsonAsync<AxisResult>())!;
        var all = (await client.GetFromJsonAsync<AxisResult>("/api/axis"))!;
        Assert.True(found.Total < all.Total, $"{found.Total} of {all.Total} events matched {q}");
        await using var db = app.CreateDb();
        Assert.Empty(await TimelineApp.Tests.Search.SearchOracle.NotMatchingAsync(db, found.Marks.Select(m => m.Slug), q));
    }

    /// <summary>The API itself, not only the query: an event that starts before the window but reaches into it is drawn.</summary>
    [Theory]
    [InlineData("2014-10-15", "2014-10-20", "ansar-al-sharia-derna-pledge")]
    [InlineData("2015-02-18", "2015-02-19", "libyan-army-spokesman-condemns-egypt")]
    public async Task The_api_draws_an_event_that_starts_before_the_window_and_overlaps_it(string from, string to, string slug)
    {
        var result = (await app.CreateClient().GetFromJsonAsync<AxisResult>($"/api/axis?from={from}&to={to}&width=1000"))!;
        var mark = Assert.Single(result.Marks, m => m.Slug == slug);
        Assert.True(string.CompareOrdinal(mark.Start, from) < 0 && string.CompareOrdinal(mark.End, from) >= 0, $"{mark.Start}..{mark.End}");
        Assert.DoesNotContain(result.Marks, m => string.CompareOrdinal(m.End, from) < 0 || string.CompareOrdinal(m.Start, to) > 0);
    }

    [Fact]
    public async Task The_api_answers_json_with_marks_for_a_filtered_window()
    {
        var result = await app.CreateClient().GetFromJsonAsync<AxisResult>("/api/axis?from=2015-02&to=2015-02&type=airstrike&lanes=type&width=390");
        Assert.Equal(["egyptian-airstrikes-on-derna", "libyan-air-force-strikes-derna"], result!.Marks.Select(m => m.Slug));
    }

    [Fact]
    public async Task Should_leave_out_events_that_are_not_published()
    {
        await using (var db = app.CreateDb())
        {
            var draft = new TimelineApp.Data.Event
            {
                Slug = "axis-draft-in-february", Title = "A draft", Summary = "", TypeId = "airstrike", CreatedBy = "test", UpdatedBy = "test",
                Status = TimelineApp.Data.EventStatus.Draft,
                Dates = new TimelineApp.Dates.DateSpan(TimelineApp.Dates.PartialDate.Day(2015, 2, 10), null, false),
            };
            db.Events.Add(draft);
            await db.SaveChangesAsync();
        }
        var result = await LoadAsync(February);
        Assert.DoesNotContain(result.Marks, m => m.Slug == "axis-draft-in-february");
        Assert.Equal(14, result.Total);
    }

    [Fact]
    public async Task The_axis_page_is_a_static_shell_that_reports_a_bad_lane_choice()
    {
        var client = app.CreateClient();
        var html = await client.GetStringAsync("/?view=axis&lanes=place&type=airstrike");
        Assert.Contains("data-axis", html);
        Assert.Contains("src=\"/js/axis.js\"", html);
        Assert.Contains("&#x27;place&#x27; is not a lane choice", html);
        Assert.DoesNotContain("\"type\":\"server\"", html);
        var list = await client.GetStringAsync("/?type=airstrike");
        Assert.Contains("href=\"/?type=airstrike&amp;view=axis\"", list);
    }

    [Fact]
    public async Task The_embed_answers_a_bad_filter_with_a_400_page()
    {
        using var response = await app.CreateClient().GetAsync("/embed/axis?type=massacre");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("unknown event type", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("from=2015-01-09&to=2015-02-22", 14)]
    [InlineData("from=2014-12-17&to=2015-03-17", 17)]
    public async Task Each_lane_counts_exactly_the_events_it_draws_in_the_window_asked_for(string window, int total)
    {
        var result = await app.CreateClient().GetFromJsonAsync<AxisResult>("/api/axis?lanes=type&width=1000&" + window);
        Assert.Equal(total, result!.Total);
        Assert.All(result.Lanes, l => Assert.Equal(l.Count, result.Marks.Count(m => m.Lane == l.Key)));
        Assert.Equal(result.Total, result.Lanes.Sum(l => l.Count));
        Assert.Equal(result.Marks.Select(m => m.Lane).Distinct().Order(), result.Lanes.Select(l => l.Key).Order());
        // The 2014 "Other" events reach into the wider window only.
        Assert.Equal(window.StartsWith("from=2014", StringComparison.Ordinal), result.Lanes.Any(l => l.Key == "other"));
    }
}
