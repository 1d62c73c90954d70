using System.Net;
using System.Net.Http.Json;
using TimelineApp.Events;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Security;

/// <summary>SQL-ish and FTS5-syntax searches and absurd paging on every reader endpoint: results, "no matches" or a 400 naming the parameter; never a 500.</summary>
public class BadQueryTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    private static readonly string[] Searchers =
    [
        "/", "/api/events", "/api/map/features", "/export/events.csv", "/export/events.json", "/export/events.geojson", "/export/events.ics",
        "/export/events.svg", "/export/timelinejs.json", "/embed/timeline", "/embed/map", "/api/places/search",
    ];

    private static readonly string[] Searches =
    [
        "' OR 1=1 --", "'; DROP TABLE Events; --", "\" OR \"\"=\"", "\"unbalanced", "NEAR(", "NEAR(derna qubba, 2)", "*", "derna*", "AND OR NOT",
        "title:derna", "{Title Summary}:derna", "^derna", "derna -qubba", "\0", "%_%", "🚀 ﷺ", new string('(', 500),
    ];

    public static TheoryData<string> SearchUrls()
    {
        var data = new TheoryData<string>();
        foreach (var path in Searchers) foreach (var q in Searches) data.Add($"{path}?q={Uri.EscapeDataString(q)}");
        return data;
    }

    [Theory]
    [MemberData(nameof(SearchUrls))]
    public async Task Search_syntax_and_sql_in_the_query_is_an_answer_not_an_error(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        // The gazetteer needs letters: a query without any is a 400 that says so.
        var namesQ = response.StatusCode == HttpStatusCode.BadRequest && url.StartsWith("/api/places/", StringComparison.Ordinal) && body.Contains("\"q\"");
        Assert.True(response.StatusCode == HttpStatusCode.OK || namesQ, $"{url}: {(int)response.StatusCode} {body}");
        await using var db = factory.CreateDb();
        Assert.True(await db.Events.CountAsync() >= 24);
    }

    /// <summary>The searches above that hold words: the answer must be about those words, never every event.</summary>
    [Theory]
    [InlineData("' OR 1=1 --")]
    [InlineData("'; DROP TABLE Events; --")]
    [InlineData("\" OR \"\"=\"")]
    [InlineData("NEAR(derna qubba, 2)")]
    [InlineData("AND OR NOT")]
    [InlineData("derna -qubba")]
    public async Task Sql_looking_search_finds_only_events_holding_its_words(string q)
    {
        var client = factory.CreateClient();
        var all = (await client.GetFromJsonAsync<EventPage>("/api/events?pageSize=1"))!;
        var found = (await client.GetFromJsonAsync<EventPage>($"/api/events?pageSize={EventQuery.MaxPageSize}&q={Uri.EscapeDataString(q)}"))!;
        Assert.True(found.Total < all.Total, $"{found.Total} of {all.Total} events matched {q}");
        Assert.Equal(found.Total, found.Items.Count);
        await using var db = factory.CreateDb();
        Assert.Empty(await TimelineApp.Tests.Search.SearchOracle.NotMatchingAsync(db, found.Items.Select(i => i.Slug), q));
    }

    [Theory]
    [InlineData("/?page=-1", 200, "page")]
    [InlineData("/?page=100000000", 200, "page")]
    [InlineData("/?pageSize=100000000", 200, "")]
    [InlineData("/api/events?pageSize=100000000", 400, "pageSize")]
    [InlineData("/api/events?page=-1", 400, "page")]
    [InlineData("/api/events?page=100000000", 400, "page")]
    [InlineData("/api/places/search?q=derna&limit=100000000", 400, "limit")]
    [InlineData("/api/places/search?q=derna&limit=abc", 400, "limit")]
    [InlineData("/api/map/features?bbox=1,2,3", 400, "bbox")]
    [InlineData("/export/events.csv?from=2015-02-30", 400, "from")]
    [InlineData("/embed/timeline?page=-1", 200, "")]
    [InlineData("/sources?page=-1", 200, "")]
    [InlineData("/oembed?url=javascript:alert(1)", 404, "")]
    [InlineData("/oembed?url=%22%3E%3Cscript%3E&maxwidth=-5", 400, "maxwidth")]
    public async Task Absurd_paging_and_parameters_get_a_page_or_a_400_naming_the_parameter(string url, int status, string parameter)
    {
        var response = await factory.CreateClient().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"{url}: {(int)response.StatusCode} {body}");
        if (parameter.Length > 0) Assert.Contains(parameter, body);
    }
}
