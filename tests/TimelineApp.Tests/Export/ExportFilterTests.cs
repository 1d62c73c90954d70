using System.Net;
using System.Text.Json;
using TimelineApp.Export;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Export;

public class ExportFilterTests(ExportFixture fx) : IClassFixture<ExportFixture>
{
    public static readonly TheoryData<string> Paths = new(ExportEndpoints.Formats.Select(f => f.Path));

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Should_answer_400_naming_the_parameter_for_a_bad_filter_value(string path)
    {
        foreach (var (query, parameter) in new[] { ("?from=yesterday", "from"), ("?type=volcano", "type"), ("?country=Libya", "country") })
        {
            var response = await fx.GetAsync(path + query);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out _), $"{path}{query} should name {parameter}");
        }
    }

    [Fact]
    public async Task Should_export_the_api_shape_of_exactly_the_filtered_published_events()
    {
        var response = await fx.GetAsync("/export/events.json?type=airstrike&sort=newest");
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var items = doc.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(await fx.PublishedCountAsync(q => q.Where(e => e.TypeId == "airstrike")), items.Count);
        Assert.All(items, i => Assert.Equal("airstrike", i.GetProperty("type").GetString()));
        Assert.All(items, i => Assert.Equal("published", i.GetProperty("status").GetString()));
        var dates = items.Select(i => i.GetProperty("startDate").GetString()).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        foreach (var member in new[] { "slug", "title", "dateText", "place", "claims", "citations", "actors", "tags" })
            Assert.True(items[0].TryGetProperty(member, out _), member);
        Assert.Equal("false", response.Headers.GetValues("X-Export-Truncated").Single());
    }

    [Fact]
    public async Task Should_cap_the_export_and_say_so_in_headers_and_body()
    {
        using var factory = new TimelineFactory().With("Export:MaxEvents", "5");
        var response = await factory.CreateClient().GetAsync("/export/events.json");
        Assert.Equal("true", response.Headers.GetValues("X-Export-Truncated").Single());
        Assert.Equal("5", response.Headers.GetValues("X-Export-Limit").Single());
        Assert.Equal("24", response.Headers.GetValues("X-Total-Count").Single());
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(5, doc.RootElement.GetProperty("items").GetArrayLength());
        Assert.True(doc.RootElement.GetProperty("truncated").GetBoolean());
    }

    [Fact]
    public async Task Should_leave_out_events_that_are_not_published()
    {
        await using (var db = fx.Factory.CreateDb())
        {
            var draft = await ExportTestData.AddEventAsync(db, "Unpublished draft event", "armed-clash");
            draft.Status = TimelineApp.Data.EventStatus.Draft;
            await db.SaveChangesAsync();
        }
        foreach (var format in ExportEndpoints.Formats)
            Assert.DoesNotContain("Unpublished draft event", await fx.Client.GetStringAsync(format.Path + "?type=armed-clash"));
    }
}
