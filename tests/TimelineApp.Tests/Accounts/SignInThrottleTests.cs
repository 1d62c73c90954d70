using System.Net;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Accounts;

/// <summary>Issue 14, item 7: one answer for every wrong sign-in, no lock anyone can trigger, and a throttle instead.</summary>
public class SignInThrottleTests
{
    [Fact]
    public async Task Should_answer_the_same_for_existing_and_unknown_accounts_and_never_lock_the_reviewer()
    {
        using var factory = new TimelineFactory().With("SignIn:FailuresPerClient", "1000").With("SignIn:FailuresPerAccount", "1000");
        await TestUsers.EnsureBothAsync(factory.Services);
        var attacker = factory.Client();
        var answers = new HashSet<string>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add(Alert(await (await attacker.SignInAsync(TestUsers.ReviewerEmail, "wrong-password-123")).Content.ReadAsStringAsync()));
            answers.Add(Alert(await (await attacker.SignInAsync("nobody-here@example.org", "wrong-password-123")).Content.ReadAsStringAsync()));
        }
        Assert.Equal("The email or password is not right. Check both and try again.", Assert.Single(answers));
        await factory.Client().SignInOrFailAsync(TestUsers.ReviewerEmail);
    }

    [Fact]
    public async Task Should_throttle_a_client_with_429_and_retry_after_even_for_the_right_password()
    {
        using var factory = new TimelineFactory().With("SignIn:FailuresPerClient", "3").With("SignIn:FailuresPerAccount", "1000");
        await TestUsers.EnsureBothAsync(factory.Services);
        var client = factory.Client();
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync($"guess{i}@example.org", "wrong-password-123")).StatusCode);
        var throttled = await client.SignInAsync(TestUsers.EditorEmail);
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.True(throttled.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Too many failed sign-ins", await throttled.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_throttle_an_account_the_same_way_whether_or_not_it_exists()
    {
        using var factory = new TimelineFactory().With("SignIn:FailuresPerClient", "1000").With("SignIn:FailuresPerAccount", "2");
        await TestUsers.EnsureBothAsync(factory.Services);
        var client = factory.Client();
        foreach (var email in new[] { TestUsers.EditorEmail, "unknown-person@example.org" })
        {
            for (var i = 0; i < 2; i++) await client.SignInAsync(email, "wrong-password-123");
            Assert.Equal(HttpStatusCode.TooManyRequests, (await client.SignInAsync(email, "wrong-password-123")).StatusCode);
        }
        // Other accounts are not slowed by guesses at these two.
        await client.SignInOrFailAsync(TestUsers.ReviewerEmail);
    }

    private static string Alert(string html)
    {
        var start = html.IndexOf("role=\"alert\">", StringComparison.Ordinal);
        return start < 0 ? "(no message)" : WebUtility.HtmlDecode(html[(start + 13)..html.IndexOf("</p>", start, StringComparison.Ordinal)]);
    }
}
