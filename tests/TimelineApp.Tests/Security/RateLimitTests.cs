using System.Net;
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
}
