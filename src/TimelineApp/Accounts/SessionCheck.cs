using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace TimelineApp.Accounts;

/// <summary>
/// Whether a signed-in principal is still good: the account exists, is not disabled, and its security stamp is the
/// one the sign-in carried (signing out and disabling rotate it). Anonymous principals have nothing to end.
/// </summary>
public sealed class SessionCheck(IServiceScopeFactory scopes, IOptions<IdentityOptions> options)
{
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        if (principal.Identity?.IsAuthenticated != true) return true;
        // A fresh scope each time: the circuit's own scope would keep a tracked, stale user row.
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.GetUserAsync(principal);
        if (user is null || UserAdmin.IsDisabled(user)) return false;
        var stamp = principal.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp is not null && stamp == await users.GetSecurityStampAsync(user);
    }
}
