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
    public void Every_public_api_export_and_embed_endpoint_is_rate_limited()
    {
        using var app = new TimelineFactory();
        app.CreateClient();
        var unlimited = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } p && (p.StartsWith("/api/", StringComparison.Ordinal) && !p.StartsWith("/api/edit/", StringComparison.Ordinal)
                || p.StartsWith("/export/", StringComparison.Ordinal) || p.StartsWith("/embed/", StringComparison.Ordinal)))
            .Where(e => e.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName != OperationsServices.PublicApiPolicy)
            .Select(e => e.RoutePattern.RawText).ToList();
        Assert.True(unlimited.Count == 0, $"Without the {OperationsServices.PublicApiPolicy} limit: {string.Join(", ", unlimited)}");
    }
}
