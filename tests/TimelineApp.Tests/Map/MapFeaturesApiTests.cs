using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Map;

public class MapFeaturesApiTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    private async Task<JsonElement> GetAsync(string query, TimelineFactory? app = null) =>
        await (app ?? factory).CreateClient().GetFromJsonAsync<JsonElement>("/api/map/features" + query);

    private static List<string> Slugs(JsonElement collection) =>
        collection.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("slug").GetString()!).ToList();

    [Fact]
    public async Task Returns_a_feature_collection_of_the_published_located_events()
    {
        var json = await GetAsync("");
        Assert.Equal("FeatureCollection", json.GetProperty("type").GetString());
        await using var db = factory.CreateDb();
        var expected = await db.Events.CountAsync(e => e.Status == EventStatus.Published && e.PlaceId != null);
        Assert.Equal(expected, json.GetProperty("total").GetInt32());
        Assert.False(json.GetProperty("truncated").GetBoolean());
        var qubba = json.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("properties").GetProperty("slug").GetString() == "al-qubba-bombings");
        Assert.Equal("Point", qubba.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal(22.245, qubba.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble(), 3);
        var props = qubba.GetProperty("properties");
        Assert.Equal("bombing", props.GetProperty("type").GetString());
        Assert.Equal("20 Feb 2015", props.GetProperty("date").GetString());
        Assert.Equal("town", props.GetProperty("precision").GetString());
        // The timeline's wording, word for word.
        Assert.Equal("at least 41 killed (Libyan ministry of health spokesman) · at least 5 Egyptian gas-station employees killed (unknown blog author)",
            props.GetProperty("casualties").GetString());
    }

    [Fact]
    public async Task Filters_by_type_and_date_like_the_timeline()
    {
        var bombings = await GetAsync("?type=bombing");
        Assert.All(bombings.GetProperty("features").EnumerateArray(), f => Assert.Equal("bombing", f.GetProperty("properties").GetProperty("type").GetString()));
        Assert.Contains("al-qubba-bombings", Slugs(bombings));

        var sixteenth = Slugs(await GetAsync("?from=2015-02-16&to=2015-02-16"));
        Assert.Contains("egyptian-airstrikes-on-derna", sixteenth);
        Assert.DoesNotContain("al-qubba-bombings", sixteenth);
        Assert.DoesNotContain("qaddafi-overthrown", sixteenth);
    }

    [Fact]
    public async Task Filters_by_bounding_box_including_across_the_antimeridian()
    {
        var libya = Slugs(await GetAsync("?bbox=9.3,19.5,25.2,33.2"));
        Assert.Contains("al-qubba-bombings", libya);
        Assert.DoesNotContain("sisi-calls-for-un-mandate", libya);
        Assert.DoesNotContain("shukri-washington-meeting", libya);

        // From 20°E eastwards over the Pacific to 90°W: Derna and Cairo, the US centroid, not Washington or Tripoli.
        var wrapped = Slugs(await GetAsync("?bbox=20,-90,-90,90"));
        Assert.Contains("egyptian-airstrikes-on-derna", wrapped);
        Assert.Contains("obama-calls-for-war-on-is", wrapped);
        Assert.DoesNotContain("shukri-washington-meeting", wrapped);
        Assert.DoesNotContain("egypt-embassy-tripoli-bombing", wrapped);
    }

    [Fact]
    public async Task Only_published_events_are_served()
    {
        using var app = new TimelineFactory();
        Assert.Contains("al-qubba-bombings", Slugs(await GetAsync("", app)));
        await using (var db = app.CreateDb())
            await db.Events.Where(e => e.Slug == "al-qubba-bombings").ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, EventStatus.Draft));
        Assert.DoesNotContain("al-qubba-bombings", Slugs(await GetAsync("", app)));
    }

    [Fact]
    public async Task Says_when_the_features_are_capped()
    {
        using var app = new TimelineFactory().With("Map:MaxFeatures", "5");
        var json = await GetAsync("", app);
        Assert.True(json.GetProperty("truncated").GetBoolean());
        Assert.Equal(5, json.GetProperty("limit").GetInt32());
        Assert.Equal(5, json.GetProperty("features").GetArrayLength());
        Assert.True(json.GetProperty("total").GetInt32() > 5);
    }

    [Theory]
    [InlineData("?bbox=1,2,3", "bbox")]
    [InlineData("?bbox=a,b,c,d", "bbox")]
    [InlineData("?bbox=10,40,20,30", "bbox")]
    [InlineData("?bbox=-200,10,20,30", "bbox")]
    [InlineData("?bbox=10,-95,20,30", "bbox")]
    [InlineData("?from=16-02-2015", "from")]
    [InlineData("?to=yesterday", "to")]
    [InlineData("?type=picnic", "type")]
    [InlineData("?country=Libya", "country")]
    public async Task Bad_parameters_are_a_400_naming_the_parameter(string query, string parameter)
    {
        var response = await factory.CreateClient().GetAsync("/api/map/features" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"errors should name '{parameter}'");
        Assert.Contains(parameter, problem.GetProperty("title").GetString());
    }
}
