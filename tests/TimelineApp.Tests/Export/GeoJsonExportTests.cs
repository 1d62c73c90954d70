using System.Text.Json;
using TimelineApp.Data;

namespace TimelineApp.Tests.Export;

public class GeoJsonExportTests(ExportFixture fx) : IClassFixture<ExportFixture>
{
    [Fact]
    public async Task Should_be_an_RFC_7946_feature_collection_of_points_in_longitude_latitude_order()
    {
        var response = await fx.GetAsync("/export/events.geojson");
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType!.MediaType);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = doc.RootElement;
        Assert.Equal("FeatureCollection", root.GetProperty("type").GetString());
        var features = root.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(await fx.PublishedCountAsync(q => q.Where(e => e.PlaceId != null)), features.Count);
        foreach (var f in features)
        {
            Assert.Equal("Feature", f.GetProperty("type").GetString());
            var geometry = f.GetProperty("geometry");
            Assert.Equal("Point", geometry.GetProperty("type").GetString());
            var c = geometry.GetProperty("coordinates").EnumerateArray().Select(x => x.GetDouble()).ToList();
            Assert.Equal(2, c.Count);
            Assert.InRange(c[0], -180, 180);
            Assert.InRange(c[1], -90, 90);
            var p = f.GetProperty("properties");
            foreach (var name in new[] { "slug", "title", "type", "startDate", "datePrecision", "dateText", "place", "url" })
                Assert.Equal(JsonValueKind.String, p.GetProperty(name).ValueKind);
            Assert.Equal(JsonValueKind.Number, p.GetProperty("citations").ValueKind);
        }
        var derna = features.First(f => f.GetProperty("properties").GetProperty("slug").GetString() == "egyptian-airstrikes-on-derna");
        Assert.Equal([22.6367, 32.7673], derna.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(x => x.GetDouble()));
        Assert.Equal("40–50 killed (VICE News) · 3 civilians killed (Libyan army spokesman)", derna.GetProperty("properties").GetProperty("casualties").GetString());
        Assert.EndsWith("/events/egyptian-airstrikes-on-derna", derna.GetProperty("properties").GetProperty("url").GetString());
    }

    [Fact]
    public async Task Should_state_dates_only_to_the_precision_the_sources_give()
    {
        using var doc = JsonDocument.Parse(await fx.Client.GetStringAsync("/export/events.geojson?type=airstrike"));
        var byDate = doc.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties"))
            .ToDictionary(p => p.GetProperty("slug").GetString()!, p => (p.GetProperty("startDate").GetString(), p.GetProperty("datePrecision").GetString()));
        Assert.Equal(("2014-08", "month"), byDate["uae-airstrikes-in-libya"]);
        Assert.Equal(("2015-02-16", "day"), byDate["egyptian-airstrikes-on-derna"]);
    }

    [Fact]
    public async Task Should_contain_only_the_types_the_filter_selects()
    {
        using var doc = JsonDocument.Parse(await fx.Client.GetStringAsync("/export/events.geojson?type=airstrike"));
        var types = doc.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("type").GetString()).ToList();
        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.Equal("airstrike", t));
        Assert.Equal(await fx.PublishedCountAsync(q => q.Where(e => e.TypeId == "airstrike" && e.PlaceId != null)), types.Count);
    }
}
