using System.Net;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Api;

/// <summary>Bad query parameters get a 400 problem naming the parameter; nothing a reader types causes a 500.</summary>
public class EventsApiValidationTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("pageSize=abc", "pageSize")]
    [InlineData("pageSize=-5", "pageSize")]
    [InlineData("pageSize=99999999999999999999", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("page=-1", "page")]
    [InlineData("page=1.5", "page")]
    [InlineData("type=massacre", "type")]
    [InlineData("from=2015-02-30", "from")]
    [InlineData("to=2015-13", "to")]
    [InlineData("from=yesterday", "from")]
    [InlineData("from=2015-03&to=2015-02", "to")]
    [InlineData("country=LYB", "country")]
    [InlineData("country=1", "country")]
    [InlineData("sort=sideways", "sort")]
    public async Task A_bad_parameter_gets_a_400_problem_naming_it(string query, string parameter)
    {
        using var response = await _client.GetAsync("/api/events?" + query);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = System.Text.Json.JsonDocument.Parse(body).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Contains(parameter, problem.GetProperty("title").GetString());
        var messages = problem.GetProperty("errors").GetProperty(parameter).EnumerateArray().Select(m => m.GetString()).ToList();
        Assert.NotEmpty(messages);
    }

    [Fact]
    public async Task An_unknown_type_lists_the_known_ones()
    {
        var problem = await _client.GetJsonAsync("/api/events?type=airstrike&type=massacre", HttpStatusCode.BadRequest);
        var message = problem.GetProperty("errors").GetProperty("type")[0].GetString();

        Assert.Contains("'massacre'", message);
        Assert.Contains("airstrike", message);
        Assert.DoesNotContain("'airstrike'", message);
    }

    [Fact]
    public async Task Several_bad_parameters_are_all_named()
    {
        var problem = await _client.GetJsonAsync("/api/events?page=0&pageSize=abc&from=nope", HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");

        Assert.True(errors.TryGetProperty("page", out _));
        Assert.True(errors.TryGetProperty("pageSize", out _));
        Assert.True(errors.TryGetProperty("from", out _));
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("NEAR(")]
    [InlineData("NEAR(derna qubba, 2)")]
    [InlineData("*")]
    [InlineData("AND OR")]
    [InlineData("NOT")]
    [InlineData("derna -qubba")]
    [InlineData("title:derna")]
    [InlineData("^derna")]
    [InlineData("'; DROP TABLE Events; --")]
    [InlineData("\0")]
    [InlineData("ﷺ 𝔇𝔢𝔯𝔫𝔞 🚀")]
    [InlineData("%%%")]
    public async Task Search_syntax_typed_by_a_reader_is_never_an_error(string q)
    {
        var page = await _client.GetJsonAsync("/api/events?q=" + Uri.EscapeDataString(q));

        Assert.True(page.GetProperty("total").GetInt32() >= 0);
        var all = await _client.GetJsonAsync("/api/events");
        Assert.Equal(24, all.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("page=1&page=2")]
    [InlineData("pageSize=")]
    [InlineData("from=&to=&type=&country=&q=&sort=")]
    [InlineData("actor=Nobody&tag=nothing")]
    [InlineData("FROM=2015&TYPE=airstrike")]
    [InlineData("unknown=1")]
    [InlineData("from=9999-12-31")]
    [InlineData("to=0001-01-01")]
    [InlineData("type=a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u,v,w,x,y,z")]
    public async Task Odd_but_harmless_queries_never_get_a_500(string query)
    {
        using var response = await _client.GetAsync("/api/events?" + query);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{query}: {(int)response.StatusCode}");
    }

    [Fact]
    public async Task A_very_long_search_is_answered()
    {
        var q = string.Join(' ', Enumerable.Repeat("derna", 2000));

        var page = await _client.GetJsonAsync("/api/events?q=" + q);

        Assert.True(page.GetProperty("total").GetInt32() > 0);
    }
}
