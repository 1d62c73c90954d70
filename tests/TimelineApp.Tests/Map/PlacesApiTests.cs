using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Map;

public class PlacesApiTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    [Fact]
    public async Task Searches_the_offline_gazetteer_with_a_country_context()
    {
        var json = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/places/search?q=derna&country=LY");
        var first = json.GetProperty("places")[0];
        Assert.Equal("Darnah", first.GetProperty("name").GetString());
        Assert.Equal("LY", first.GetProperty("country").GetString());
        Assert.Contains("GeoNames", json.GetProperty("attribution").GetString());
    }

    [Theory]
    [InlineData("", "q")]
    [InlineData("?q=", "q")]
    [InlineData("?q=Derna&country=Libya", "country")]
    [InlineData("?q=Derna&limit=0", "limit")]
    public async Task Bad_parameters_are_a_400_naming_the_parameter(string query, string parameter)
    {
        var response = await factory.CreateClient().GetAsync("/api/places/search" + query);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }
}
