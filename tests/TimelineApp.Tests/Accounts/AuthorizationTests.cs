using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Accounts;

public class AuthorizationTests : IClassFixture<TimelineFactory>
{
    private readonly TimelineFactory _factory;

    public AuthorizationTests(TimelineFactory factory)
    {
        _factory = factory;
        TestUsers.EnsureBothAsync(factory.Services).GetAwaiter().GetResult();
    }

    public static TheoryData<string> EditorPages => new()
    {
        "/edit", "/edit/events/new", "/edit/events/1", "/edit/events/1/history", "/edit/sources", "/edit/sources/new",
        "/edit/sources/1", "/edit/sources/1/cite", "/edit/import", "/edit/events.csv", "/edit/users", "/edit/types", "/edit/types/airstrike",
    };

    [Theory]
    [MemberData(nameof(EditorPages))]
    public async Task Should_send_anonymous_readers_to_the_sign_in_page(string path)
    {
        var response = await _factory.Client().GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.AbsolutePath);
    }

    [Theory]
    [InlineData("/edit")]
    [InlineData("/edit/events/new")]
    [InlineData("/edit/sources/2/cite")]
    [InlineData("/edit/import")]
    public async Task Should_open_editor_pages_for_editors(string path)
    {
        var client = _factory.Client();
        await client.SignInOrFailAsync(TestUsers.EditorEmail);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Should_refuse_the_reviewers_user_page_to_editors_even_for_a_direct_post()
    {
        var client = _factory.Client();
        await client.SignInOrFailAsync(TestUsers.EditorEmail);
        var page = await client.GetAsync("/edit/users");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/denied", page.Headers.Location!.AbsolutePath);

        var home = await client.GetStringAsync("/");
        var post = await client.PostAsync("/edit/users", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "add-user", ["__RequestVerificationToken"] = TestUsers.HiddenInputs(home)["__RequestVerificationToken"],
            ["Input.Email"] = "sneaky@example.org", ["Input.Role"] = "Reviewer", ["Input.Password"] = "sneaky-password-1",
        }));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        await using var scope = _factory.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync("sneaky@example.org"));
    }

    [Theory]
    [InlineData("/edit/types", "add-type")]
    [InlineData("/edit/types/airstrike", "edit-type")]
    [InlineData("/edit/types/airstrike", "archive-type")]
    public async Task Should_refuse_the_event_types_pages_to_editors_even_for_a_direct_post(string path, string handler)
    {
        var client = _factory.Client();
        await client.SignInOrFailAsync(TestUsers.EditorEmail);
        var page = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/denied", page.Headers.Location!.AbsolutePath);

        var home = await client.GetStringAsync("/");
        var post = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = handler, ["__RequestVerificationToken"] = TestUsers.HiddenInputs(home)["__RequestVerificationToken"],
            ["Input.Name"] = "Sneaky", ["Input.Color"] = "#000000", ["Input.Shape"] = "circle",
        }));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal("/account/denied", post.Headers.Location!.AbsolutePath);
        await using var db = _factory.CreateDb();
        Assert.False(await db.EventTypes.AnyAsync(t => t.Name == "Sneaky" || t.IsArchived));
    }
}
