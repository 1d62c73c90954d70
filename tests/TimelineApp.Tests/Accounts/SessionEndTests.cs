using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Accounts;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Accounts;

/// <summary>Issue 14, item 3: signing out or being disabled ends the session on the server, copied cookies included.</summary>
public class SessionEndTests : IClassFixture<TimelineFactory>
{
    private readonly TimelineFactory _factory;

    public SessionEndTests(TimelineFactory factory)
    {
        _factory = factory;
        TestUsers.EnsureBothAsync(factory.Services).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Should_refuse_cookies_copied_before_sign_out()
    {
        var jar = new CookieContainer();
        var browser = _factory.CreateDefaultClient(new CookieContainerHandler(jar));
        await browser.SignInOrFailAsync(TestUsers.EditorEmail);
        var antiforgery = await browser.GetFromJsonAsync<JsonElement>("/api/edit/antiforgery");
        var copied = jar.GetCookieHeader(_factory.Server.BaseAddress);
        var thief = CopiedCookieClient(copied);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/edit")).StatusCode);

        var token = TestUsers.HiddenInputs(await browser.GetStringAsync("/"))["__RequestVerificationToken"];
        var signOut = await browser.PostAsync("/account/logout", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["returnUrl"] = "/" }));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        Assert.Equal(AccountsSetup.LoginPath, (await thief.GetAsync("/edit")).Headers.Location?.AbsolutePath);
        Assert.Equal(AccountsSetup.LoginPath, (await thief.GetAsync("/edit/events.csv")).Headers.Location?.AbsolutePath);
        var create = new HttpRequestMessage(HttpMethod.Post, "/api/edit/events") { Content = JsonContent.Create(new { title = "Written after sign-out" }) };
        create.Headers.Add(antiforgery.GetProperty("headerName").GetString()!, antiforgery.GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await thief.SendAsync(create)).StatusCode);
    }

    [Fact]
    public async Task Should_end_a_disabled_users_sessions_refuse_their_sign_in_and_let_them_back_once_enabled()
    {
        const string email = "to-disable@example.org";
        await TestUsers.EnsureAsync(_factory.Services, email, Roles.Editor);
        var client = _factory.Client();
        await client.SignInOrFailAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/edit")).StatusCode);

        Assert.Null(await AdminAsync(a => a.SetDisabledAsync(email, disabled: true, TestUsers.ReviewerEmail)));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/edit")).StatusCode);
        var refused = await _factory.Client().SignInAsync(email);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("This account is disabled", await refused.Content.ReadAsStringAsync());
        // Without the password, a disabled account answers like any wrong password.
        var guess = await _factory.Client().SignInAsync(email, "wrong-password-123");
        Assert.Contains("The email or password is not right", await guess.Content.ReadAsStringAsync());

        Assert.Null(await AdminAsync(a => a.SetDisabledAsync(email, disabled: false)));
        await _factory.Client().SignInOrFailAsync(email);
    }

    [Fact]
    public async Task Should_not_let_a_reviewer_disable_themselves_or_the_last_reviewer()
    {
        Assert.Contains("your own account", await AdminAsync(a => a.SetDisabledAsync(TestUsers.ReviewerEmail, true, TestUsers.ReviewerEmail)));
        Assert.Contains("only enabled reviewer", await AdminAsync(a => a.SetDisabledAsync(TestUsers.ReviewerEmail, true, "someone@example.org")));
    }

    private HttpClient CopiedCookieClient(string cookieHeader)
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookieHeader);
        return client;
    }

    private async Task<string?> AdminAsync(Func<UserAdmin, Task<string?>> act)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<UserAdmin>());
    }
}
