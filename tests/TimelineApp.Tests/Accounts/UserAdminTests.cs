using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Accounts;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Accounts;

public class UserAdminTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    private async Task<IReadOnlyList<string>> AddAsync(string email, string role, string password)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserAdmin>().AddAsync(email, role, password);
    }

    [Fact]
    public async Task Should_add_a_user_with_the_role_asked_for()
    {
        Assert.Empty(await AddAsync("new.editor@example.org", "editor", "a-long-password-9"));
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByEmailAsync("new.editor@example.org");
        Assert.NotNull(user);
        Assert.Equal([Roles.Editor], await users.GetRolesAsync(user));
    }

    [Fact]
    public async Task Should_explain_a_bad_role() =>
        Assert.Contains("'Admin' is not a role; use Editor or Reviewer.", await AddAsync("x@example.org", "Admin", "a-long-password-9"));

    [Fact]
    public async Task Should_explain_a_bad_email() =>
        Assert.Contains("'not-an-email' is not an email address like editor@example.org.", await AddAsync("not-an-email", "Editor", "a-long-password-9"));

    [Fact]
    public async Task Should_explain_a_weak_password()
    {
        var problems = await AddAsync("weak@example.org", "Editor", "short");
        Assert.Contains(problems, p => p.Contains("at least 12 characters", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_create_the_first_administrator_from_configuration()
    {
        await using var app = factory.Fresh().With("Admin:Email", "first@example.org").With("Admin:Password", "first-admin-pass-1");
        _ = app.Server;
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var admin = await users.FindByEmailAsync("first@example.org");
        Assert.NotNull(admin);
        Assert.True(await users.IsInRoleAsync(admin, Roles.Reviewer));
    }
}
