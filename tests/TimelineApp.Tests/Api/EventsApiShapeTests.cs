using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Api;

/// <summary>The JSON field names report writers and scripts rely on (issue 2's API section).</summary>
public class EventsApiShapeTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    private static void HasFields(JsonElement e, JsonValueKind kind, params string[] names)
    {
        Assert.Equal(kind, e.ValueKind);
        foreach (var name in names) Assert.True(e.TryGetProperty(name, out _), $"'{name}' is missing from {e}");
    }

    [Fact]
    public async Task An_event_has_the_documented_fields_in_camel_case()
    {
        var page = await factory.CreateClient().GetJsonAsync("/api/events?q=Derna&type=airstrike&from=2015-02-16&to=2015-02-16");
        HasFields(page, JsonValueKind.Object, "total", "page", "pageSize", "items");
        var e = Assert.Single(page.Items());

        HasFields(e, JsonValueKind.Object, "id", "slug", "title", "summary", "type", "startDate", "endDate", "datePrecision",
            "approximate", "place", "actors", "tags", "claims", "citations");
        Assert.Equal(JsonValueKind.Number, e.GetProperty("id").ValueKind);
        Assert.Equal("egyptian-airstrikes-on-derna", e.Str("slug"));
        Assert.Equal("airstrike", e.Str("type"));
        Assert.Equal("2015-02-16", e.Str("startDate"));
        Assert.Equal(JsonValueKind.Null, e.GetProperty("endDate").ValueKind);
        Assert.Equal("day", e.Str("datePrecision"));
        Assert.False(e.GetProperty("approximate").GetBoolean());

        var place = e.GetProperty("place");
        HasFields(place, JsonValueKind.Object, "name", "country", "latitude", "longitude", "geoPrecision");
        Assert.Equal("LY", place.Str("country"));
        Assert.Equal("town", place.Str("geoPrecision"));
        Assert.Equal(JsonValueKind.Number, place.GetProperty("latitude").ValueKind);

        Assert.All(e.GetProperty("actors").EnumerateArray(), a => HasFields(a, JsonValueKind.Object, "name", "role"));
        Assert.All(e.GetProperty("tags").EnumerateArray(), t => Assert.Equal(JsonValueKind.String, t.ValueKind));
        Assert.All(e.GetProperty("claims").EnumerateArray(), c => HasFields(c, JsonValueKind.Object, "source", "killedMin", "killedMax", "injured"));
        Assert.All(e.GetProperty("citations").EnumerateArray(), c => HasFields(c, JsonValueKind.Object, "articleId", "outlet", "publishedDate", "quote"));

        var claims = e.GetProperty("claims").EnumerateArray().ToList();
        Assert.Contains(claims, c => c.Str("source") == "VICE News" && c.GetProperty("killedMin").GetInt32() == 40 && c.GetProperty("killedMax").GetInt32() == 50);
        Assert.Contains(claims, c => c.Str("source") == "Libyan army spokesman" && c.GetProperty("killedMin").GetInt32() == 3);
        Assert.Contains(e.GetProperty("citations").EnumerateArray(), c => c.Str("outlet") == "VICE News" && c.Str("publishedDate") == "2015-02-17");
    }

    [Fact]
    public async Task Month_and_year_dates_start_on_the_first_day_of_the_period()
    {
        var client = factory.CreateClient();
        var month = await client.GetJsonAsync("/api/events/libya-general-election");
        var year = await client.GetJsonAsync("/api/events/qaddafi-overthrown");
        var range = await client.GetJsonAsync("/api/events/libyan-army-spokesman-condemns-egypt");

        Assert.Equal(("2014-06-01", "month"), (month.Str("startDate"), month.Str("datePrecision")));
        Assert.Equal(("2011-01-01", "year"), (year.Str("startDate"), year.Str("datePrecision")));
        Assert.Equal(("2015-02-16", "2015-02-21"), (range.Str("startDate"), range.Str("endDate")));
    }

    [Fact]
    public async Task Only_published_events_are_listed()
    {
        using var own = new TimelineFactory();
        await using (var db = own.CreateDb())
        {
            foreach (var (slug, status) in new[] { ("al-qubba-bombings", EventStatus.Draft), ("shukri-washington-meeting", EventStatus.InReview), ("qaddafi-overthrown", EventStatus.Archived) })
                await db.Events.Where(e => e.Slug == slug).ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, status));
        }
        var client = own.CreateClient();

        var page = await client.GetJsonAsync("/api/events?pageSize=200");
        var search = await client.GetJsonAsync("/api/events?q=Qubba");
        using var bySlug = await client.GetAsync("/api/events/al-qubba-bombings");

        Assert.Equal(21, page.GetProperty("total").GetInt32());
        Assert.DoesNotContain("al-qubba-bombings", page.Slugs());
        Assert.DoesNotContain("shukri-washington-meeting", page.Slugs());
        Assert.DoesNotContain("qaddafi-overthrown", page.Slugs());
        Assert.DoesNotContain("al-qubba-bombings", search.Slugs());
        Assert.Equal(System.Net.HttpStatusCode.NotFound, bySlug.StatusCode);
    }
}
