using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Accounts;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Accounts;

/// <summary>A form whose sign-in ended takes over only a new, current sign-in of the same account.</summary>
public class SessionResumeTests : IClassFixture<TimelineFactory>
{
    private readonly TimelineFactory _factory;

    public SessionResumeTests(TimelineFactory factory)
    {
        _factory = factory;
        TestUsers.EnsureBothAsync(factory.Services).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Should_refuse_writes_after_sign_out_and_resume_only_with_a_current_ticket_of_the_same_account()
    {
        const string email = "resume@example.org";
        await TestUsers.EnsureAsync(_factory.Services, email, Roles.Editor);
        var (session, auth) = CircuitOf(await PrincipalAsync(email));
        var tickets = _factory.Services.GetRequiredService<SessionTickets>();
        Assert.NotNull(await session.UserForWriteAsync());

        var oldTicket = await TicketAsync(email);
        await WithUsersAsync(async users => await users.UpdateSecurityStampAsync((await users.FindByEmailAsync(email))!)); // signed out
        var ended = 0;
        session.Ended += () => ended++;
        Assert.Null(await session.UserForWriteAsync());
        Assert.Equal(1, ended);
        // The revalidation drops the circuit to anonymous: the old principal still may not write.
        auth.SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
        Assert.Null(await session.UserForWriteAsync());
        Assert.False(await session.IsCurrentAsync());

        Assert.False(await session.ResumeAsync(oldTicket)); // the ended sign-in's ticket
        Assert.False(await session.ResumeAsync(await TicketAsync(TestUsers.EditorEmail))); // another account
        Assert.False(await session.ResumeAsync((await TicketAsync(email))[..^2] + "xx")); // tampered
        Assert.False(await session.ResumeAsync(null));
        Assert.Null(tickets.Read("not a ticket"));

        Assert.True(await session.ResumeAsync(await TicketAsync(email))); // signed in again
        var writer = await session.UserForWriteAsync();
        Assert.Equal(email, writer?.Identity?.Name);
        Assert.True(writer!.IsInRole(Roles.Editor));
    }

    private (CircuitSession Session, ServerAuthenticationStateProvider Auth) CircuitOf(ClaimsPrincipal user)
    {
        var auth = new ServerAuthenticationStateProvider();
        auth.SetAuthenticationState(Task.FromResult(new AuthenticationState(user)));
        var services = _factory.Services;
        return (new CircuitSession(auth, services.GetRequiredService<SessionCheck>(), services.GetRequiredService<SessionTickets>(),
            services.GetRequiredService<IServiceScopeFactory>()), auth);
    }

    private Task<ClaimsPrincipal> PrincipalAsync(string email) => WithUsersAsync(async (users, scope) =>
        await scope.GetRequiredService<IUserClaimsPrincipalFactory<IdentityUser>>().CreateAsync((await users.FindByEmailAsync(email))!));

    /// <summary>What <c>GET /account/session-ticket</c> answers for this account's current sign-in.</summary>
    private Task<string> TicketAsync(string email) => WithUsersAsync(async (users, scope) =>
    {
        var user = (await users.FindByEmailAsync(email))!;
        return scope.GetRequiredService<SessionTickets>().Issue(user.Id, (await users.GetSecurityStampAsync(user))!);
    });

    private Task WithUsersAsync(Func<UserManager<IdentityUser>, Task> act) => WithUsersAsync<int>(async (users, _) => { await act(users); return 0; });

    private async Task<T> WithUsersAsync<T>(Func<UserManager<IdentityUser>, IServiceProvider, Task<T>> act)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>(), scope.ServiceProvider);
    }
}
