using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using TimelineApp.Tests.Editing;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Caching;

/// <summary>
/// Readers' answers are stored compressed in the output cache (one entry per encoding): a compressed answer, fresh or
/// from the cache, decompresses to exactly the uncompressed body, its ETag names the encoding and still earns a 304,
/// and a publish replaces it at once.
/// </summary>
public class ReaderCompressionTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    private readonly EditingKit _kit = new(factory);

    public static readonly TheoryData<string, string> Answers = new()
    {
        { "/api/map/features?from=2010", "br" },
        { "/api/map/features?from=2010", "gzip" },
        { "/export/events.csv?type=airstrike", "br" },
        { "/export/events.csv?type=airstrike", "gzip" },
        { "/export/events.geojson", "br" },
        { "/", "gzip" },
        { "/map", "br" },
        { "/embed/timeline", "br" },
    };

    private async Task<HttpResponseMessage> GetAsync(string url, string? encoding, string? ifNoneMatch = null)
    {
        using var client = factory.CreateClient(); // the test server's handler does not decompress: the bytes are as sent
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (encoding is not null) request.Headers.AcceptEncoding.ParseAdd(encoding);
        if (ifNoneMatch is not null) request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(ifNoneMatch));
        return await client.SendAsync(request);
    }

    private static async Task<string> BodyAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var encoding = string.Join(",", response.Content.Headers.ContentEncoding);
        using var input = new MemoryStream(bytes);
        await using Stream decoded = encoding switch
        {
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            "gzip" => new GZipStream(input, CompressionMode.Decompress),
            "" => input,
            _ => throw new InvalidOperationException("unexpected Content-Encoding " + encoding),
        };
        using var output = new MemoryStream();
        await decoded.CopyToAsync(output);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>A page renders fresh element ids (share-65f621b8-title) and protected tokens each time it is made;
    /// the rest must be equal.</summary>
    private static string Unnumbered(string body) => System.Text.RegularExpressions.Regex.Replace(
        System.Text.RegularExpressions.Regex.Replace(body, "(?<=[a-z]-)[0-9a-f]{8}(?=[-\"])", "#"), "[A-Za-z0-9_+/=-]{40,}", "#");

    /// <summary>A pair of reads with no write between them (an earlier test's write may evict the first).</summary>
    private async Task<(HttpResponseMessage Fresh, HttpResponseMessage Cached)> TwiceAsync(string url, string encoding)
    {
        for (var attempt = 0; ; attempt++)
        {
            var fresh = await GetAsync(url, encoding);
            var cached = await GetAsync(url, encoding);
            if (cached.Headers.Age is not null || attempt == 2) return (fresh, cached);
        }
    }

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task Should_store_the_compressed_answer_once_and_serve_it_decompressing_to_the_same_body(string url, string encoding)
    {
        var plain = await GetAsync(url, null);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        var expected = Unnumbered(await BodyAsync(plain));

        var (fresh, cached) = await TwiceAsync(url, encoding);
        foreach (var response in new[] { fresh, cached })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
            Assert.Contains("Accept-Encoding", response.Headers.Vary);
            Assert.Equal(expected, Unnumbered(await BodyAsync(response)));
        }
        Assert.True(cached.Headers.Age is not null, $"{url} in {encoding} should come from the output cache the second time");
        Assert.True((await cached.Content.ReadAsByteArrayAsync()).Length < Encoding.UTF8.GetByteCount(expected));
    }

    [Theory]
    [InlineData("/export/events.csv?type=airstrike")]
    [InlineData("/export/events.json?country=LY")]
    [InlineData("/embed/timeline?type=airstrike")]
    public async Task Should_give_each_encoding_its_own_ETag_and_answer_304_to_it_from_the_cache_and_fresh(string url)
    {
        var plain = await GetAsync(url, null);
        var tag = plain.Headers.ETag!.Tag;
        var (fresh, cached) = await TwiceAsync(url, "br");
        Assert.Equal(tag[..^1] + "-br\"", fresh.Headers.ETag!.Tag);
        Assert.Equal(fresh.Headers.ETag.Tag, cached.Headers.ETag!.Tag);
        Assert.Equal(tag[..^1] + "-gzip\"", (await GetAsync(url, "gzip")).Headers.ETag!.Tag);
        Assert.Equal(tag, (await GetAsync(url, null)).Headers.ETag!.Tag);

        var notModified = await GetAsync(url, "br", ifNoneMatch: fresh.Headers.ETag.Tag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(fresh.Headers.ETag.Tag, notModified.Headers.ETag!.Tag);

        // The same tag when the entry is gone (a draft's save empties the cache but changes no published event):
        // the endpoint itself compares it.
        await _kit.Editor.SaveAsync(_kit.NewForm("Zipprobe draft " + Guid.NewGuid().ToString("N")[..6]), EditingKit.AnEditor);
        var uncached = await GetAsync(url, "br", ifNoneMatch: fresh.Headers.ETag.Tag);
        Assert.Null(uncached.Headers.Age);
        Assert.Equal(HttpStatusCode.NotModified, uncached.StatusCode);
        Assert.Equal(fresh.Headers.ETag.Tag, uncached.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Should_replace_the_compressed_answers_within_a_second_of_a_publish()
    {
        var id = (await _kit.Editor.SaveAsync(_kit.NewForm("Zipprobe publish"), EditingKit.AnEditor)).EventId!.Value;
        string[] urls = ["/api/map/features?q=Zipprobe", "/export/events.csv?q=Zipprobe", "/?q=Zipprobe", "/api/events?q=Zipprobe"];
        foreach (var url in urls)
            foreach (var encoding in new[] { "br", "gzip" })
            {
                var (_, cached) = await TwiceAsync(url, encoding);
                Assert.DoesNotContain("Zipprobe publish", await BodyAsync(cached));
            }

        Assert.True((await _kit.Workflow.PublishAsync(id, 1, EditingKit.AReviewer)).Succeeded);
        // The very next request, with no waiting, already gets the new answer in each encoding.
        foreach (var url in urls)
            foreach (var encoding in new[] { "br", "gzip" })
            {
                var response = await GetAsync(url, encoding);
                Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
                Assert.Contains("Zipprobe publish", await BodyAsync(response));
            }
    }
}
