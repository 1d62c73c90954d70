using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;

namespace TimelineApp.Accounts;

/// <summary>
/// One circuit's sign-in as its writes must see it: the account the circuit was opened with stays the one checked
/// (the revalidation drops the state to anonymous, which must not make an open form's old principal usable again),
/// and a form can pick up a new sign-in of the same account made in another tab (<see cref="ResumeAsync"/>).
/// </summary>
public sealed class CircuitSession : IDisposable
{
    private readonly AuthenticationStateProvider auth;
    private readonly SessionCheck check;
    private readonly SessionTickets tickets;
    private readonly IServiceScopeFactory scopes;
    private ClaimsPrincipal? signedIn;

    public CircuitSession(AuthenticationStateProvider auth, SessionCheck check, SessionTickets tickets, IServiceScopeFactory scopes)
    {
        (this.auth, this.check, this.tickets, this.scopes) = (auth, check, tickets, scopes);
        auth.AuthenticationStateChanged += StateChanged;
    }

    /// <summary>Set by a page that shows <see cref="SignedOutNotice"/> and checks its writes itself; other pages are left for the sign-in page.</summary>
    public bool KeepsPageOpen { get; set; }

    /// <summary>Raised (off the renderer's thread) when this circuit's sign-in is found to have ended.</summary>
    public event Action? Ended;

    /// <summary>The principal writes may use now, or null when it has signed out, been disabled or revoked (and <see cref="Ended"/> is raised).</summary>
    public async Task<ClaimsPrincipal?> UserForWriteAsync(CancellationToken ct = default)
    {
        var principal = await PrincipalAsync();
        if (principal.Identity?.IsAuthenticated == true && await check.IsCurrentAsync(principal, ct)) return principal;
        Ended?.Invoke();
        return null;
    }

    /// <summary>Whether the circuit's sign-in is still good (a circuit that was never signed in has nothing to end).</summary>
    public async Task<bool> IsCurrentAsync(CancellationToken ct = default) => await check.IsCurrentAsync(await PrincipalAsync(), ct);

    /// <summary>
    /// Takes over a new sign-in of the same account (a ticket the browser fetched with its current cookie). A ticket of
    /// another account, an expired one, or one whose sign-in has already ended again is refused.
    /// </summary>
    public async Task<bool> ResumeAsync(string? ticket, CancellationToken ct = default)
    {
        if (signedIn?.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId) return false;
        if (tickets.Read(ticket) is not { } t || t.UserId != userId) return false;
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if (await users.FindByIdAsync(userId) is not { } user || UserAdmin.IsDisabled(user)) return false;
        if (await users.GetSecurityStampAsync(user) != t.Stamp) return false;
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<IdentityUser>>().CreateAsync(user);
        if (!await check.IsCurrentAsync(principal, ct)) return false;
        signedIn = principal;
        ((IHostEnvironmentAuthenticationStateProvider)auth).SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return true;
    }

    private async Task<ClaimsPrincipal> PrincipalAsync()
    {
        var current = (await auth.GetAuthenticationStateAsync()).User;
        if (current.Identity?.IsAuthenticated == true) signedIn = current;
        return signedIn ?? current;
    }

    // The revalidation found the sign-in over and dropped the circuit to anonymous: say so at once, before any click.
    private void StateChanged(Task<AuthenticationState> state) => _ = state.ContinueWith(t =>
    {
        if (t.IsCompletedSuccessfully && t.Result.User.Identity?.IsAuthenticated != true && signedIn is not null) Ended?.Invoke();
    }, TaskScheduler.Default);

    public void Dispose() => auth.AuthenticationStateChanged -= StateChanged;
}
