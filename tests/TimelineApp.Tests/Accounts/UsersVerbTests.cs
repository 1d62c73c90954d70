using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Accounts;

/// <summary>
/// Issue 14, item 3 from the command line: <c>users disable EMAIL</c>, run as a separate process against the database a
/// running app serves, ends that user's sessions at once; <c>users enable EMAIL</c> lets them sign in again.
/// </summary>
public class UsersVerbTests
{
    private const string Email = "cli-disabled@example.org";
    private const string Password = "cli-test-password-1";

    [Fact]
    public async Task Should_end_a_users_sessions_when_disabled_from_the_command_line_and_let_them_back_when_enabled()
    {
        using var folder = new TempDatabase();
        await using var app = await AppProcess.StartAsync(folder.Path);
        var added = await AppProcess.RunVerbAsync(folder.Path, "users", "add", Email, "--role", "Editor", "--password", Password);
        Assert.True(added.ExitCode == 0, added.Output);
        using var session = Client(app);
        Assert.Equal(HttpStatusCode.Redirect, (await session.SignInAsync(Email, Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/edit")).StatusCode);
        var antiforgery = await session.GetFromJsonAsync<JsonElement>("/api/edit/antiforgery");

        var disabled = await AppProcess.RunVerbAsync(folder.Path, "users", "disable", Email);

        Assert.True(disabled.ExitCode == 0, disabled.Output);
        Assert.Contains($"Disabled {Email}", disabled.Output);
        Assert.Equal("/account/login", (await session.GetAsync("/edit")).Headers.Location?.AbsolutePath);
        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/edit/events") { Content = JsonContent.Create(new { title = "Written after being disabled" }) };
        create.Headers.Add(antiforgery.GetProperty("headerName").GetString()!, antiforgery.GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await session.SendAsync(create)).StatusCode);
        using var again = Client(app);
        var refused = await again.SignInAsync(Email, Password);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("This account is disabled", await refused.Content.ReadAsStringAsync());

        var enabled = await AppProcess.RunVerbAsync(folder.Path, "users", "enable", Email);

        Assert.True(enabled.ExitCode == 0, enabled.Output);
        Assert.Equal(HttpStatusCode.Redirect, (await again.SignInAsync(Email, Password)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/edit")).StatusCode);
    }

    [Fact]
    public async Task Should_explain_an_unknown_user_and_change_nothing()
    {
        using var folder = new TempDatabase();
        await using var app = await AppProcess.StartAsync(folder.Path);

        var (exitCode, output) = await AppProcess.RunVerbAsync(folder.Path, "users", "disable", "nobody@example.org");

        Assert.Equal(1, exitCode);
        Assert.Contains("Nothing changed", output);
    }

    private static HttpClient Client(AppProcess app) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromSeconds(30),
        };
}
