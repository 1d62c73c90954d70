using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Security;

/// <summary>Issue 14 item 10: a request's Host header never reaches an absolute link, a CSP or an export.</summary>
public class HostHeaderTests
{
    private const string Slug = "egyptian-airstrikes-on-derna";

    private static readonly string[] Pages =
    [
        $"/events/{Slug}", "/", "/?type=airstrike", "/map", "/share?view=%2Fmap%3Ffrom%3D2015-02&event=" + Slug, $"/embed/event/{Slug}", "/embed/timeline", "/embed/map",
        "/export/events.ics", "/export/events.json", "/export/events.csv", "/export/events.geojson", "/export/timelinejs.json", "/export/events.svg",
        "/oembed?url=" + Uri.EscapeDataString($"https://timeline.example.org/events/{Slug}"),
        "/oembed?url=" + Uri.EscapeDataString("https://timeline.example.org/map?type=airstrike"),
    ];

    [Fact]
    public async Task A_forged_host_never_appears_in_any_output_even_when_every_host_is_allowed()
    {
        using var app = new TimelineFactory().With("AllowedHosts", "*").With("App:PublicUrl", "https://timeline.example.org");
        var evil = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example") });
        foreach (var path in Pages)
        {
            var response = await evil.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True((int)response.StatusCode < 500, $"{path}: {(int)response.StatusCode}");
            Assert.DoesNotContain("evil.example", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(response.Headers.Concat(response.Content.Headers), h => h.Value.Any(v => v.Contains("evil.example", StringComparison.OrdinalIgnoreCase)));
        }
        var page = await evil.GetStringAsync($"/events/{Slug}");
        Assert.Contains($"<link rel=\"canonical\" href=\"https://timeline.example.org/events/{Slug}\"", page);
        var ics = await evil.GetStringAsync("/export/events.ics");
        Assert.Contains("@timeline.example.org", ics);
        var oembed = await evil.GetStringAsync("/oembed?url=" + Uri.EscapeDataString($"https://timeline.example.org/events/{Slug}"));
        Assert.Contains("https://timeline.example.org/embed/event/" + Slug, oembed);
        Assert.Equal(HttpStatusCode.NotFound, (await evil.GetAsync("/oembed?url=" + Uri.EscapeDataString($"http://evil.example/events/{Slug}"))).StatusCode);
        var csp = (await evil.GetAsync("/")).Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("connect-src 'self' ws://timeline.example.org wss://timeline.example.org", csp);
    }

    [Fact]
    public async Task Hosts_outside_AllowedHosts_are_refused_and_the_public_urls_host_is_allowed()
    {
        using var app = new TimelineFactory().With("App:PublicUrl", "https://timeline.example.org");
        var evil = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://evil.example") });
        Assert.Equal(HttpStatusCode.BadRequest, (await evil.GetAsync($"/events/{Slug}")).StatusCode);
        var ours = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://timeline.example.org") });
        Assert.Equal(HttpStatusCode.OK, (await ours.GetAsync($"/events/{Slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync($"/events/{Slug}")).StatusCode); // localhost, for development
    }

    [Theory]
    [InlineData("https://Timeline.Example.org/", "https://timeline.example.org")]
    [InlineData("https://example.org/timeline/", "https://example.org/timeline")]
    [InlineData("http://localhost:5000", "http://localhost:5000")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("https://example.org/?q=1", null)]
    [InlineData("", null)]
    public void The_public_url_is_taken_only_from_a_plain_http_address(string text, string? expected) =>
        Assert.Equal(expected, TimelineApp.Security.PublicUrl.Parse(text));

    [Fact]
    public void A_wildcard_listening_address_becomes_localhost_never_a_request_host() =>
        Assert.Equal("http://localhost:8080", TimelineApp.Security.PublicUrl.Parse("http://+:8080", wildcardToLocalhost: true));
}
