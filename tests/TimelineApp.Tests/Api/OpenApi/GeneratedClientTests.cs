using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Api.OpenApi;

/// <summary>A client generated from /openapi/v1.json by openapi-client-axios calls the running app (Kestrel, real port).</summary>
public class GeneratedClientTests
{
    [Fact]
    public async Task A_client_generated_from_the_document_lists_filters_and_reads_events()
    {
        await using var server = await LiveServer.StartAsync();
        await using var db = server.CreateDb();
        var published = await db.Events.CountAsync(e => e.Status == EventStatus.Published);
        var derna = await db.Events.SingleAsync(e => e.Slug == "egyptian-airstrikes-on-derna");

        var result = await NodeScript.RunAsync("call-events.mjs", server.BaseUrl);

        Assert.Equal(published, result.GetProperty("total").GetInt32());
        Assert.Equal(3, result.GetProperty("pageSize").GetInt32());
        var filtered = result.GetProperty("filtered");
        Assert.Contains("type=airstrike", filtered.Str("url"));
        Assert.Equal(1, filtered.GetProperty("total").GetInt32());
        Assert.Equal(["egyptian-airstrikes-on-derna"], filtered.GetProperty("slugs").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal((derna.Title, derna.TypeId), (result.GetProperty("one").Str("title"), result.GetProperty("one").Str("type")));
        var refused = result.GetProperty("refused");
        Assert.Equal(400, refused.GetProperty("status").GetInt32());
        Assert.Equal(["pageSize"], refused.GetProperty("errors").EnumerateArray().Select(e => e.GetString()));
    }
}
