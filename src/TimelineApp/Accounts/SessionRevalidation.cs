using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace TimelineApp.Accounts;

/// <summary>Every few seconds an open circuit re-checks its user; a signed-out or disabled user's circuit drops to anonymous.</summary>
internal sealed class SessionRevalidatingStateProvider(ILoggerFactory loggerFactory, SessionCheck check, IHostApplicationLifetime lifetime)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override TimeSpan RevalidationInterval => Interval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken ct)
    {
        try
        {
            return await check.IsCurrentAsync(state.User, ct);
        }
        catch (Exception ex) when (AppStopping.Explains(ex, lifetime))
        {
            // The app is shutting down and its services are gone; the circuit goes with it. Nothing to log or end.
            return true;
        }
    }
}

/// <summary>
/// Checks the user before every click, input or navigation a circuit receives, so a form left open in another tab
/// cannot save after its user signed out or was disabled, even between two revalidations. A page that keeps its form
/// on screen (<see cref="CircuitSession.KeepsPageOpen"/>) is told instead and refuses its writes itself; any other
/// page goes to the sign-in page.
/// </summary>
internal sealed class SignedOutCircuitGuard(CircuitSession session, NavigationManager nav, IHostApplicationLifetime lifetime, ILogger<SignedOutCircuitGuard> log)
    : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            bool current;
            try
            {
                current = await session.IsCurrentAsync();
            }
            catch (Exception ex) when (AppStopping.Explains(ex, lifetime))
            {
                return; // shutting down: drop the activity quietly
            }
            if (current || session.KeepsPageOpen)
            {
                if (!current) await session.UserForWriteAsync(); // raises Ended, so the page shows its notice
                await next(context);
                return;
            }
            log.LogInformation("Refused an action on a circuit whose sign-in has ended (signed out or disabled).");
            nav.NavigateTo(AccountsSetup.LoginPath, forceLoad: true);
        };
}

/// <summary>Exceptions that only mean the app is stopping: its service provider is disposed or its work cancelled.</summary>
public static class AppStopping
{
    public static bool Explains(Exception ex, IHostApplicationLifetime lifetime) =>
        lifetime.ApplicationStopping.IsCancellationRequested && ex is ObjectDisposedException or OperationCanceledException
        || ex is ObjectDisposedException { ObjectName: nameof(IServiceProvider) };
}
