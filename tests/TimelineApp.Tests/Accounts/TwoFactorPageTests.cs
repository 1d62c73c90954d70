using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Accounts;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Accounts;

/// <summary>
/// Opening the two-factor set-up page makes a first authenticator key. That must not end the user's other open pages:
/// an editor who looks at the page in one tab keeps the event form open in another (its circuit holds the sign-in as it
/// was), and a test that navigated away from a live page was sent to the sign-in page by it.
/// </summary>
public class TwoFactorPageTests : IClassFixture<TimelineFactory>
{
    private const string Email = "two-factor-page@example.org";
    private readonly TimelineFactory _factory;

    public TwoFactorPageTests(TimelineFactory factory) => _factory = factory;

    [Fact]
    public async Task Should_show_a_key_without_ending_the_users_other_sessions()
    {
        await TestUsers.EnsureAsync(_factory.Services, Email, Roles.Editor);
        var jar = new CookieContainer();
        var tab = _factory.CreateDefaultClient(new CookieContainerHandler(jar));
        await tab.SignInOrFailAsync(Email);
        var otherTab = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        otherTab.DefaultRequestHeaders.Add("Cookie", jar.GetCookieHeader(_factory.Server.BaseAddress));
        var stampBefore = await StampAsync();

        var page = await tab.GetAsync("/account/two-factor");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("data-testid=\"shared-key\"", await page.Content.ReadAsStringAsync());

        Assert.Equal(stampBefore, await StampAsync());
        Assert.Equal(HttpStatusCode.OK, (await otherTab.GetAsync("/edit")).StatusCode);
        // The key is kept: a second visit shows the same one, so an authenticator app set up from the first still works.
        Assert.Equal(await KeyAsync(), await KeyAsync(afterVisit: tab));
    }

    private async Task<string?> StampAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        return await users.GetSecurityStampAsync((await users.FindByEmailAsync(Email))!);
    }

    private async Task<string?> KeyAsync(HttpClient? afterVisit = null)
    {
        if (afterVisit is not null) Assert.Equal(HttpStatusCode.OK, (await afterVisit.GetAsync("/account/two-factor")).StatusCode);
        await using var scope = _factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        return await users.GetAuthenticatorKeyAsync((await users.FindByEmailAsync(Email))!);
    }
}
