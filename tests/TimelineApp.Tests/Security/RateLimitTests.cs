using System.Net;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Operations;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Security;

public class RateLimitTests
{
    [Fact]
    public async Task Sign_in_attempts_past_the_limit_get_429_with_Retry_After_and_a_reason()
    {
        using var app = new TimelineFactory().With("RateLimits:SignInPerMinute", "2");
        var client = app.Client();
        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync("nobody@example.org", "wrong-password-1")).StatusCode);
        var limited = await client.SignInAsync(TestUsers.EditorEmail);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Too many requests", await limited.Content.ReadAsStringAsync());
        // Only attempts count: the sign-in page itself still opens.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
    }

    [Fact]
    public void Every_public_api_export_embed_oembed_endpoint_and_every_page_is_rate_limited()
    {
        using var app = new TimelineFactory();
        app.CreateClient();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        static bool IsPage(RouteEndpoint e) => e.Metadata.Any(m => m is Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata);
        var pages = endpoints.Where(IsPage).Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).ToHashSet();
        Assert.Subset(pages, new HashSet<string> { "/", "/events/{Slug}", "/sources/{Id:int}", "/map" });
        var unlimited = endpoints
            .Where(e => e.RoutePattern.RawText is { } p && (p.StartsWith("/api/", StringComparison.Ordinal) && !p.StartsWith("/api/edit/", StringComparison.Ordinal)
                || p.StartsWith("/export/", StringComparison.Ordinal) || p.StartsWith("/embed/", StringComparison.Ordinal) || p == "/oembed" || IsPage(e)))
            .Where(e => e.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName is not { } policy
                || policy != OperationsServices.PublicApiPolicy && !(policy == OperationsServices.SignInPolicy && e.RoutePattern.RawText!.Contains("login")))
            .Select(e => e.RoutePattern.RawText).ToList();
        Assert.True(unlimited.Count == 0, $"Without the {OperationsServices.PublicApiPolicy} limit: {string.Join(", ", unlimited)}");
        // The sign-in page keeps its own, stricter policy.
        Assert.Equal(OperationsServices.SignInPolicy, endpoints.Single(e => e.RoutePattern.RawText!.TrimStart('/') == "account/login")
            .Metadata.GetMetadata<EnableRateLimitingAttribute>()!.PolicyName);
    }

    /// <summary>
    /// The second outside security test found these answering 700 GETs in a row: the sign-in pages' views, the health
    /// check (its own, generous limit for orchestrators' probes) and the session ticket (the rest of the endpoints
    /// without a policy of their own: the global limit).
    /// </summary>
    [Theory]
    [InlineData("/health", false)]
    [InlineData("/account/login/code", false)]
    [InlineData("/account/login", false)]
    [InlineData("/account/session-ticket", true)]
    public async Task Endpoints_without_a_policy_of_their_own_answer_429_past_their_limit(string path, bool signedIn)
    {
        using var app = new TimelineFactory().With("RateLimits:ApiPerMinute", "3").With("RateLimits:HealthPerMinute", "3");
        await TestUsers.EnsureBothAsync(app.Services);
        var client = app.Client();
        if (signedIn) await client.SignInOrFailAsync(TestUsers.EditorEmail);
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        var limited = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task The_health_check_has_a_generous_limit_of_its_own_for_orchestrators()
    {
        using var app = new TimelineFactory().With("RateLimits:ApiPerMinute", "2");
        var client = app.CreateClient();
        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/event-types")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/api/event-types")).StatusCode);
        // A probe every second for a minute still answers, whatever else the address has used.
        for (var i = 0; i < 60; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Theory]
    [InlineData("/?q=derna")]
    [InlineData("/events/egyptian-airstrikes-on-derna")]
    [InlineData("/map")]
    [InlineData("/oembed?url=http%3A%2F%2Flocalhost%2F")]
    public async Task Pages_and_oembed_answer_429_past_the_limit(string path)
    {
        using var app = new TimelineFactory().With("RateLimits:ApiPerMinute", "2");
        var client = app.Client();
        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Behind_a_known_proxy_each_reader_has_their_own_limit_so_a_crowd_is_served()
    {
        await using var server = await LiveServer.StartAsync("--RateLimits:ApiPerMinute=2", "--ForwardedHeaders:KnownProxies=127.0.0.1");
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        async Task<HttpStatusCode> AsReader(string address)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/event-types");
            request.Headers.Add("X-Forwarded-For", address);
            return (await http.SendAsync(request)).StatusCode;
        }
        Assert.Equal(HttpStatusCode.OK, await AsReader("203.0.113.1"));
        Assert.Equal(HttpStatusCode.OK, await AsReader("203.0.113.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await AsReader("203.0.113.1"));
        for (var reader = 2; reader < 50; reader++) Assert.Equal(HttpStatusCode.OK, await AsReader($"203.0.113.{reader}"));
    }

    [Fact]
    public async Task Without_configured_proxies_a_forwarded_address_is_not_believed()
    {
        await using var server = await LiveServer.StartAsync("--RateLimits:ApiPerMinute=2");
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/event-types");
            request.Headers.Add("X-Forwarded-For", $"198.51.100.{i}");
            statuses.Add((await http.SendAsync(request)).StatusCode);
        }
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
