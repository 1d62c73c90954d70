using Microsoft.Extensions.Options;
using TimelineApp.Capture;

namespace TimelineApp.Tests.Capture;

/// <summary>Server-side request forgery: what a user-given address may not reach, and the size, time and redirect limits.</summary>
public class SafeFetchTests : IAsyncLifetime
{
    private ArticleServer _server = null!;

    public async Task InitializeAsync() => _server = await ArticleServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static SafeFetcher Fetcher(Action<CaptureOptions>? configure = null)
    {
        var options = new CaptureOptions();
        configure?.Invoke(options);
        return new SafeFetcher(Options.Create(options));
    }

    private static async Task<string> RefusedAsync(SafeFetcher fetcher, string url) =>
        (await Assert.ThrowsAsync<CaptureRefusedException>(() => fetcher.FetchAsync(new Uri(url)))).Message;

    [Theory]
    [InlineData("http://10.1.2.3/", "10.1.2.3, a private address")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "169.254.169.254, a link-local or cloud metadata address")]
    [InlineData("http://100.100.100.200/", "a carrier-grade NAT address")]
    [InlineData("http://[fd00:ec2::254]/", "a unique-local (private) address")]
    [InlineData("http://[::ffff:127.0.0.1]/", "a loopback address")]
    [InlineData("http://0.0.0.0/", "a \"this network\" address")]
    public async Task Should_refuse_private_loopback_and_metadata_addresses(string url, string reason)
    {
        using var fetcher = Fetcher();
        Assert.Contains(reason, await RefusedAsync(fetcher, url));
    }

    [Fact]
    public async Task Should_refuse_the_test_server_on_loopback_by_address_and_by_a_name_that_resolves_to_it()
    {
        var port = new Uri(_server.Origin).Port;
        _server.Html("/page", ArticlePages.News());
        using var fetcher = Fetcher();
        Assert.Contains("resolves to 127.0.0.1, a loopback address", await RefusedAsync(fetcher, _server.Url("/page")));
        Assert.Matches("Refused: localhost resolves to (127.0.0.1|::1), a loopback address", await RefusedAsync(fetcher, $"http://localhost:{port}/page"));
        Assert.False(_server.Hits.ContainsKey("/page"));
    }

    [Fact]
    public async Task Should_check_every_redirect_hop_again()
    {
        var port = new Uri(_server.Origin).Port;
        // Only 127.0.0.1 is allowed (as an intranet deployment would allow its own network); the page redirects to another loopback address.
        using var fetcher = Fetcher(o => o.AllowedNetworks = ["127.0.0.1/32"]);
        _server.Set("/hop", new ServedPage(302, "text/plain", [], Location: $"http://127.0.0.2:{port}/secret"));
        _server.Set("/to-metadata", new ServedPage(301, "text/plain", [], Location: "http://169.254.169.254/latest/meta-data/"));
        _server.Set("/to-file", new ServedPage(302, "text/plain", [], Location: "file:///etc/passwd"));

        Assert.Contains("127.0.0.2, a loopback address", await RefusedAsync(fetcher, _server.Url("/hop")));
        Assert.Contains("169.254.169.254, a link-local or cloud metadata address", await RefusedAsync(fetcher, _server.Url("/to-metadata")));
        Assert.Contains("Only http and https", await RefusedAsync(fetcher, _server.Url("/to-file")));
        Assert.Equal(1, _server.Hits["/hop"]);
    }

    [Fact]
    public async Task Should_follow_five_redirects_and_refuse_a_sixth()
    {
        using var fetcher = Fetcher(o => o.AllowPrivateAddresses = true);
        for (var i = 0; i < 6; i++) _server.Set($"/r{i}", new ServedPage(302, "text/plain", [], Location: $"/r{i + 1}"));
        _server.Html("/r6", ArticlePages.News());
        _server.Html("/r1-target", ArticlePages.News());

        Assert.Contains("redirects more than 5 times", await RefusedAsync(fetcher, _server.Url("/r0")));
        var five = await fetcher.FetchAsync(new Uri(_server.Url("/r1")));
        Assert.Equal((200, 5), (five.Status, five.Redirects.Count));
        Assert.Equal(_server.Url("/r6"), five.FinalUrl.AbsoluteUri);
        Assert.StartsWith("302 ", five.Redirects[0]);
    }

    [Fact]
    public async Task Should_refuse_other_schemes()
    {
        using var fetcher = Fetcher();
        Assert.Contains("Only http and https", await RefusedAsync(fetcher, "ftp://example.com/file"));
        Assert.Contains("Only http and https", await RefusedAsync(fetcher, "file:///etc/passwd"));
    }

    [Fact]
    public async Task Should_abandon_a_body_over_the_size_limit_declared_or_streamed()
    {
        using var fetcher = Fetcher(o => o.AllowPrivateAddresses = true);
        var big = new byte[CaptureOptions.DefaultMaxBytes + 1];
        _server.Set("/big", new ServedPage(200, "text/html", big));
        _server.Set("/big-chunked", new ServedPage(200, "text/html", big, Chunked: true));
        _server.Set("/just-under", new ServedPage(200, "text/html", new byte[CaptureOptions.DefaultMaxBytes]));

        Assert.Contains("larger than 20 MB", await RefusedAsync(fetcher, _server.Url("/big")));
        Assert.Contains("larger than 20 MB", await RefusedAsync(fetcher, _server.Url("/big-chunked")));
        Assert.Equal(CaptureOptions.DefaultMaxBytes, (await fetcher.FetchAsync(new Uri(_server.Url("/just-under")))).Body.LongLength);
    }

    [Fact]
    public async Task Should_give_up_when_the_page_takes_longer_than_the_deadline()
    {
        using var fetcher = Fetcher(o => (o.AllowPrivateAddresses, o.TimeoutSeconds) = (true, 1));
        _server.Set("/slow", new ServedPage(200, "text/html", "<html></html>"u8.ToArray(), Delay: TimeSpan.FromSeconds(5)));
        var started = System.Diagnostics.Stopwatch.StartNew();
        var refused = await Assert.ThrowsAsync<CaptureRefusedException>(() => fetcher.FetchAsync(new Uri(_server.Url("/slow"))));
        Assert.Contains("did not arrive within 1 s", refused.Message);
        Assert.Equal(CaptureFailure.Timeout, refused.Kind);
        Assert.InRange(started.Elapsed.TotalSeconds, 0.9, 3);
    }

    [Fact]
    public void Default_limits_are_the_issues()
    {
        var o = new CaptureOptions();
        Assert.Equal((false, 20L * 1024 * 1024, 5, 20.0), (o.AllowPrivateAddresses, o.MaxBytes, o.MaxRedirects, o.TimeoutSeconds));
    }
}
