using System.Net;
using TimelineApp.Data;
using TimelineApp.Filtering;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Filtering;

/// <summary>Issue 10 item 6: one filter reader, one list of types: every endpoint and page gives an archived, unused type the same answer.</summary>
public class FilterReaderTests : IClassFixture<TimelineFactory>
{
    private readonly TimelineFactory _factory;

    public FilterReaderTests(TimelineFactory factory)
    {
        _factory = factory;
        using var db = factory.CreateDb();
        if (db.EventTypes.Find("retired-unused") is null)
        {
            db.EventTypes.Add(new EventType { Id = "retired-unused", Name = "Retired", Color = "#777777", Shape = "circle", SortOrder = 99, IsArchived = true });
            db.SaveChanges();
        }
    }

    public static TheoryData<string> Endpoints() =>
    [
        "/api/events", "/api/map/features", "/export/events.csv", "/export/events.json", "/export/events.geojson", "/export/events.ics",
        "/export/events.svg", "/export/timelinejs.json", "/embed/timeline", "/embed/map",
    ];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task An_archived_unused_type_is_a_400_naming_type_on_every_endpoint(string path)
    {
        var response = await _factory.CreateClient().GetAsync(path + "?type=retired-unused");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("unknown event type 'retired-unused'", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/map")]
    public async Task The_pages_report_the_same_type_as_unknown(string path)
    {
        var page = await _factory.GetPageAsync(path + "?type=retired-unused");
        Assert.Contains("unknown event type 'retired-unused'", page.Text);
    }

    [Fact]
    public async Task The_oembed_of_a_view_with_that_type_is_not_found_like_any_bad_view()
    {
        var url = Uri.EscapeDataString("http://localhost/?type=retired-unused");
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreateClient().GetAsync("/oembed?url=" + url)).StatusCode);
    }

    [Theory]
    [InlineData("?from=٢٠١٥-٠٢&country=ly", "2015-02-01", "LY", "")]
    [InlineData("?country=ZZ", null, null, "country")]
    [InlineData("?from=2015-13&type=airstrike,nope", null, null, "from,type")]
    public void The_reader_parses_checks_and_names_each_parameter(string query, string? from, string? country, string problems)
    {
        var reading = FilterReader.Read(query, ["airstrike", "bombing"]);
        Assert.Equal(from, reading.Filter.From?.ToString("uuuu-MM-dd", null));
        Assert.Equal(country, reading.Filter.Country);
        Assert.Equal(problems, string.Join(",", reading.Problems.Select(p => p.Parameter)));
        Assert.Equal(reading.IsValid, problems.Length == 0);
    }

    [Fact]
    public void Country_codes_are_the_assigned_iso_3166_alpha_2_codes()
    {
        Assert.Equal(250, IsoCountries.Count); // 249 assigned, plus XK as GeoNames uses it
        Assert.True(IsoCountries.IsCode("LY"));
        Assert.False(IsoCountries.IsCode("ZZ"));
        Assert.False(IsoCountries.IsCode("UK"));
    }
}
