using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace TimelineApp.Accounts;

/// <summary>Every few seconds an open circuit re-checks its user; a signed-out or disabled user's pages drop to the sign-in page.</summary>
internal sealed class SessionRevalidatingStateProvider(ILoggerFactory loggerFactory, SessionCheck check)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override TimeSpan RevalidationInterval => Interval;

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken ct) =>
        check.IsCurrentAsync(state.User, ct);
}

/// <summary>
/// Checks the user before every click, input or navigation a circuit receives, so a form left open in another tab
/// cannot save after its user signed out or was disabled, even between two revalidations.
/// </summary>
internal sealed class SignedOutCircuitGuard(AuthenticationStateProvider auth, SessionCheck check, NavigationManager nav, ILogger<SignedOutCircuitGuard> log)
    : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            var user = (await auth.GetAuthenticationStateAsync()).User;
            if (await check.IsCurrentAsync(user))
            {
                await next(context);
                return;
            }
            log.LogInformation("Refused an action on a circuit of {User}, who has signed out or was disabled.", user.Identity?.Name);
            nav.NavigateTo(AccountsSetup.LoginPath, forceLoad: true);
        };
}
