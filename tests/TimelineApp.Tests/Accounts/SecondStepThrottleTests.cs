using System.Net;
using Microsoft.Extensions.Configuration;
using NodaTime;
using TimelineApp.Accounts;
using TimelineApp.Tests.Editing;
using TimelineApp.Tests.Infrastructure;
using static TimelineApp.Tests.Accounts.AuthenticatorCodes;

namespace TimelineApp.Tests.Accounts;

/// <summary>
/// The second outside security test: someone who knows the password must not get a fresh allowance of code guesses by
/// entering it again, from the same address or from many. Wrong codes count per account and lock the second step out
/// with growing waits.
/// </summary>
public class SecondStepThrottleTests
{
    private const string Email = "two-factor-guessed@example.org";

    [Fact]
    public async Task Should_count_wrong_codes_per_account_across_addresses_and_password_entries()
    {
        await using var server = await LiveServer.StartAsync("--ForwardedHeaders:KnownProxies=127.0.0.1",
            "--SignIn:FailuresPerClient=1000", "--SignIn:FailuresPerAccount=1000", "--SignIn:CodeFailuresPerAccount=3");
        await TestUsers.EnsureAsync(server.Services, Email, Roles.Editor);
        var editor = From(server, "203.0.113.200");
        await editor.SignInOrFailAsync(Email);
        var (key, _) = await TurnOnAsync(editor);

        var (wrong, refused) = (0, 0);
        for (var address = 1; address <= 12; address++)
        {
            var attacker = From(server, $"203.0.113.{address}");
            var password = await attacker.SignInAsync(Email);
            if (password.StatusCode == HttpStatusCode.TooManyRequests) { refused++; continue; }
            var codePage = LocalPath(password);
            for (var guess = 0; guess < 2; guess++)
            {
                var answer = await EnterCodeAsync(attacker, codePage, Wrong(key, StepNow));
                if (answer.StatusCode == HttpStatusCode.TooManyRequests) refused++;
                else wrong++;
            }
        }
        // Three wrong codes are free; after that each one must wait 1, 2, 4, 8… seconds, which this quick run cannot.
        Assert.True(wrong <= 8, $"{wrong} of 24 wrong codes were checked");
        Assert.True(refused >= 16, $"only {refused} of 24 guesses were refused");

        // The second step stays shut even for the right code, from a new address that knows the password. One more
        // wrong code that is counted (after waiting out the last refusal), makes the wait at least 2^(6-3) = 8 seconds.
        var owner = From(server, "198.51.100.7");
        var ownersPage = await PasswordAsync(owner, Email);
        var last = From(server, "203.0.113.99");
        var lastPage = await PasswordAsync(last, Email);
        for (var counted = false; !counted || wrong < 6;)
        {
            var answer = await EnterCodeAsync(last, lastPage, Wrong(key, StepNow));
            counted = answer.StatusCode != HttpStatusCode.TooManyRequests;
            if (counted) wrong++;
            else await Task.Delay(answer.Headers.RetryAfter!.Delta!.Value + TimeSpan.FromMilliseconds(200));
        }
        var locked = await EnterCodeAsync(owner, ownersPage, At(key, StepNow));
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.True(locked.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Too many failed sign-ins", await locked.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Should_make_each_further_wrong_code_wait_twice_as_long_up_to_an_hour_and_remember_them_for_a_day()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 12, 7, 12, 0));
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SignIn:FailuresPerClient"] = "1000", ["SignIn:FailuresPerAccount"] = "1000", ["SignIn:CodeFailuresPerAccount"] = "2",
        }).Build();
        var throttle = new SignInThrottle(clock, config);
        var waits = new List<double>();
        for (var i = 0; i < 16; i++)
        {
            throttle.CodeFailed($"192.0.2.{i}", Email, "user-1");
            var wait = throttle.WaitForCode($"192.0.2.{100 + i}", Email, "user-1");
            waits.Add(wait.TotalSeconds);
            clock.Now += Duration.FromTimeSpan(wait);
        }
        Assert.Equal([0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 3600, 3600, 3600], waits);
        // Not forgotten after the password throttle's 15 minutes, nor cleared by another account's sign-in.
        throttle.SignedIn("someone-else@example.org", "user-2");
        clock.Now += Duration.FromMinutes(30);
        throttle.CodeFailed("192.0.2.50", Email, "user-1");
        Assert.Equal(3600, throttle.WaitForCode("192.0.2.51", Email, "user-1").TotalSeconds);
        // A completed sign-in (the right code) clears the account's count.
        throttle.SignedIn(Email, "user-1");
        Assert.Equal(TimeSpan.Zero, throttle.WaitForCode("192.0.2.51", Email, "user-1"));
    }

    private static HttpClient From(LiveServer server, string address)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(server.BaseUrl) };
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }
}
