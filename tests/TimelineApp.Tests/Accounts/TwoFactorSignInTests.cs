using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Accounts;
using TimelineApp.Tests.Infrastructure;
using static TimelineApp.Tests.Accounts.AuthenticatorCodes;

namespace TimelineApp.Tests.Accounts;

/// <summary>
/// The second outside security test: authenticator codes at sign-in and when turning two-factor on, over HTTP through
/// the real pages, with codes computed here from the key the set-up page shows. Wrong codes are refused, a code works
/// once per account, and only one step of clock drift is allowed either way.
/// </summary>
public class TwoFactorSignInTests : IClassFixture<TimelineFactory>
{
    private readonly TimelineFactory factory;

    // Every test client here shares one address, so the throttle is relaxed (SecondStepThrottleTests test it). The
    // fixture's server starts at its first use, after the first test class instance is made.
    public TwoFactorSignInTests(TimelineFactory factory) =>
        this.factory = factory.With("SignIn:FailuresPerClient", "1000").With("SignIn:FailuresPerAccount", "1000").With("SignIn:CodeFailuresPerAccount", "1000");

    private const string Refused = "That code is not right (or was already used)";

    [Fact]
    public async Task Should_refuse_a_wrong_code_and_codes_two_steps_off_when_turning_two_factor_on()
    {
        var client = await SignedInAsync("two-factor-wrong-on@example.org");
        var key = await KeyShownAsync(client);
        var step = await SteadyStepAsync();
        foreach (var code in new[] { Wrong(key, step), At(key, step - 2), At(key, step + 2) })
            Assert.Contains("That code is not right", await TurnOnWithAsync(client, code));
        Assert.False(await TwoFactorOnAsync("two-factor-wrong-on@example.org"));

        Assert.Contains("Two-factor sign-in is on.", await TurnOnWithAsync(client, At(key, step)));
        Assert.True(await TwoFactorOnAsync("two-factor-wrong-on@example.org"));
    }

    [Fact]
    public async Task Should_refuse_a_wrong_code_and_codes_two_steps_off_at_sign_in_and_accept_one_step_of_drift()
    {
        const string email = "two-factor-wrong-in@example.org";
        var (key, _) = await TurnOnAsync(await SignedInAsync(email));
        var client = factory.Client();
        var codePage = await PasswordAsync(client, email);
        var step = await SteadyStepAsync();
        foreach (var code in new[] { Wrong(key, step), At(key, step - 2), At(key, step + 2) }) await AssertRefusedAsync(client, codePage, code);
        AssertSignedIn(await EnterCodeAsync(client, codePage, At(key, step + 1)));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/session-ticket")).StatusCode);
    }

    [Fact]
    public async Task Should_accept_a_code_once_and_then_neither_it_nor_an_earlier_one()
    {
        const string email = "two-factor-once@example.org";
        var (key, step) = await TurnOnAsync(await SignedInAsync(email));

        // The code that turned two-factor on is spent already.
        var first = factory.Client();
        var codePage = await PasswordAsync(first, email);
        await AssertRefusedAsync(first, codePage, At(key, step));
        AssertSignedIn(await EnterCodeAsync(first, codePage, At(key, step + 1)));

        foreach (var replay in new[] { step + 1, step })
        {
            var again = factory.Client();
            await AssertRefusedAsync(again, await PasswordAsync(again, email), At(key, replay));
        }
    }

    [Fact]
    public async Task Should_let_only_one_of_two_simultaneous_posts_of_the_same_code_sign_in()
    {
        const string email = "two-factor-race@example.org";
        var (key, step) = await TurnOnAsync(await SignedInAsync(email));
        var clients = new[] { factory.Client(), factory.Client(), factory.Client() };
        var pages = new List<string>();
        foreach (var c in clients) pages.Add(await PasswordAsync(c, email));

        var answers = await Task.WhenAll(clients.Select((c, i) => EnterCodeAsync(c, pages[i], At(key, step + 1))));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Redirect);
        Assert.Equal(2, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        await TestUsers.EnsureAsync(factory.Services, email, Roles.Editor);
        var client = factory.Client();
        await client.SignInOrFailAsync(email);
        return client;
    }

    private async Task<bool> TwoFactorOnAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        return await users.GetTwoFactorEnabledAsync((await users.FindByEmailAsync(email))!);
    }

    /// <summary>The code page says so, and the client is not signed in (the session ticket needs a full sign-in).</summary>
    private static async Task AssertRefusedAsync(HttpClient client, string codePage, string code)
    {
        var answer = await EnterCodeAsync(client, codePage, code);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains(Refused, WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync()));
        Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync("/account/session-ticket")).StatusCode);
    }

    private static void AssertSignedIn(HttpResponseMessage answer)
    {
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal("/edit", LocalPath(answer));
    }
}
