using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using TimelineApp.Security;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Security;

public class SecurityHeadersTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    private static string Csp(HttpResponseMessage r) => Assert.Single(r.Headers.GetValues("Content-Security-Policy"));

    private static Dictionary<string, string> Directives(string csp) =>
        csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d[(d.IndexOf(' ') + 1)..]);

    [Theory]
    [InlineData("/")]
    [InlineData("/not-a-page")]
    public async Task App_pages_cannot_be_framed_by_other_sites(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);
        var csp = Directives(Csp(response));
        Assert.Equal("'self'", csp["frame-ancestors"]);
        Assert.Equal("SAMEORIGIN", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Theory]
    [InlineData("/embed/timeline?type=airstrike")]
    [InlineData("/embed/map")]
    [InlineData("/embed/event/egyptian-airstrikes-on-derna")]
    [InlineData("/embed/event/no-such-event")]
    public async Task Embed_pages_can_be_framed_anywhere_by_default(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal("*", Directives(Csp(response))["frame-ancestors"]);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }

    [Fact]
    public async Task Html_allows_scripts_only_from_our_origin_without_inline_or_eval()
    {
        var csp = Directives(Csp(await factory.CreateClient().GetAsync("/")));
        Assert.Equal("'self'", csp["script-src"]);
        Assert.Equal("'self'", csp["default-src"]);
        Assert.Equal("'self' 'unsafe-inline'", csp["style-src"]);
        Assert.Equal("'self' data:", csp["img-src"]);
        Assert.Equal("'self' ws://localhost wss://localhost", csp["connect-src"]);
        Assert.Equal("'none'", csp["object-src"]);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/events")]
    [InlineData("/export/events.csv")]
    [InlineData("/app.css")]
    public async Task Every_response_carries_nosniff_and_a_referrer_policy(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task The_svg_export_gets_a_policy_that_allows_no_script()
    {
        var response = await factory.CreateClient().GetAsync("/export/events.svg");
        Assert.Equal(ContentSecurityPolicy.Svg, Csp(response));
    }

    [Fact]
    public async Task Embed_frame_ancestors_and_the_tile_host_come_from_configuration()
    {
        using var configured = new TimelineFactory()
            .With("Embedding:FrameAncestors", "https://reports.example.org")
            .With("Map:TileUrlTemplate", "https://{s}.tile.example.org/{z}/{x}/{y}.png");
        var client = configured.CreateClient();
        var embed = Directives(Csp(await client.GetAsync("/embed/timeline")));
        Assert.Equal("https://reports.example.org", embed["frame-ancestors"]);
        Assert.Equal("'self' data: https://*.tile.example.org", embed["img-src"]);
        Assert.Equal("'self'", Directives(Csp(await client.GetAsync("/")))["frame-ancestors"]);
    }

    [Fact]
    public async Task Hsts_is_sent_over_https_outside_development_only()
    {
        var https = new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://timeline.example.org") };
        // The public address is configured (its host is then allowed): HSTS leaves out localhost.
        using var testingHost = factory.WithWebHostBuilder(b => b.UseSetting("App:PublicUrl", "https://timeline.example.org"));
        var testing = await testingHost.CreateClient(https).GetAsync("/");
        Assert.StartsWith("max-age=", Assert.Single(testing.Headers.GetValues("Strict-Transport-Security")));
        using var development = testingHost.WithWebHostBuilder(b => b.UseEnvironment("Development"));
        var dev = await development.CreateClient(https).GetAsync("/");
        Assert.False(dev.Headers.Contains("Strict-Transport-Security"));
    }

    [Theory]
    [InlineData("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org")]
    [InlineData("https://{s}.basemaps.example.com:8443/{z}/{x}/{y}.png", "https://*.basemaps.example.com:8443")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("https://evil.example; script-src *", null)]
    [InlineData("", null)]
    public void Tile_origin_is_taken_only_from_a_plain_http_url_template(string template, string? origin) =>
        Assert.Equal(origin, ContentSecurityPolicy.OriginOf(template));
}
