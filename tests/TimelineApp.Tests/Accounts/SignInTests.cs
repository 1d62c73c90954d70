using System.Net;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Accounts;

public class SignInTests : IClassFixture<TimelineFactory>
{
    private readonly TimelineFactory _factory;

    public SignInTests(TimelineFactory factory)
    {
        _factory = factory;
        TestUsers.EnsureBothAsync(factory.Services).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Should_sign_in_and_show_who_is_signed_in_with_a_sign_out_button()
    {
        var client = _factory.Client();
        var response = await client.SignInAsync(TestUsers.EditorEmail);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var home = await client.GetStringAsync("/");
        Assert.Contains($"Signed in as {TestUsers.EditorEmail}", home);
        Assert.Contains("Sign out", home);
    }

    [Fact]
    public async Task Should_reject_a_wrong_password_with_a_message_not_an_error_page()
    {
        var response = await _factory.Client().SignInAsync(TestUsers.ReviewerEmail, "not-the-password-1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The email or password is not right", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Should_slow_down_rather_than_lock_the_account_after_five_failed_attempts()
    {
        const string email = "lockout@example.org";
        await TestUsers.EnsureAsync(_factory.Services, email, TimelineApp.Accounts.Roles.Editor);
        var client = _factory.Client();
        for (var i = 0; i < 5; i++) await client.SignInAsync(email, "wrong-password-123");
        var slowed = await client.SignInAsync(email);
        Assert.Equal(HttpStatusCode.TooManyRequests, slowed.StatusCode);
        Assert.DoesNotContain("locked", await slowed.Content.ReadAsStringAsync());
        await Task.Delay(slowed.Headers.RetryAfter!.Delta!.Value + TimeSpan.FromMilliseconds(200));
        await client.SignInOrFailAsync(email);
    }

    [Fact]
    public async Task Should_sign_out_with_a_post_carrying_the_antiforgery_token()
    {
        var client = _factory.Client();
        await client.SignInOrFailAsync(TestUsers.EditorEmail);
        var home = await client.GetStringAsync("/");
        var token = TestUsers.HiddenInputs(home)["__RequestVerificationToken"];
        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["returnUrl"] = "/" }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("Signed in as", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task Should_refuse_sign_out_without_the_antiforgery_token()
    {
        var client = _factory.Client();
        await client.SignInOrFailAsync(TestUsers.EditorEmail);
        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["returnUrl"] = "/" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
