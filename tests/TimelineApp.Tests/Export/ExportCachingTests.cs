using System.Net;
using TimelineApp.Export;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Export;

public class ExportCachingTests
{
    public static readonly TheoryData<string> Paths = new(ExportEndpoints.Formats.Select(f => f.Path));

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Should_answer_304_to_a_matching_If_None_Match_and_change_the_ETag_when_an_event_is_edited(string path)
    {
        await using var fx = new ExportFixture();
        await fx.InitializeAsync();
        var first = await fx.GetAsync(path + "?type=airstrike");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag!.ToString();
        Assert.Equal("public, max-age=60", first.Headers.CacheControl!.ToString());
        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.Contains("timelineapp-events-airstrike.", first.Content.Headers.ContentDisposition!.FileName);

        var again = await fx.GetAsync(path + "?type=airstrike", ifNoneMatch: etag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, again.Headers.ETag!.ToString());

        var otherFilter = await fx.GetAsync(path + "?type=bombing");
        Assert.NotEqual(etag, otherFilter.Headers.ETag!.ToString());

        await using (var db = fx.Factory.CreateDb()) await ExportTestData.EditTitleAsync(db, "egyptian-airstrikes-on-derna", "Egyptian airstrikes on Derna (edited)");
        var afterEdit = await fx.GetAsync(path + "?type=airstrike", ifNoneMatch: etag);
        Assert.Equal(HttpStatusCode.OK, afterEdit.StatusCode);
        Assert.NotEqual(etag, afterEdit.Headers.ETag!.ToString());
    }
}
