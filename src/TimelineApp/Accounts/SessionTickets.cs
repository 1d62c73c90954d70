using System.Security.Claims;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace TimelineApp.Accounts;

/// <summary>Who the ticket vouches for: the account and the security stamp of the sign-in that asked for it.</summary>
public sealed record SessionTicket(string UserId, string Stamp);

/// <summary>
/// A short-lived, signed note of the browser's current sign-in, so an open form's circuit (which keeps the cookie it
/// was opened with) can take over a sign-in made again in another tab. Fetched by the page's own script only: the
/// endpoint answers GET with no-store, and other sites cannot read it (no CORS).
/// </summary>
public sealed class SessionTickets(IDataProtectionProvider protection)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);
    private readonly ITimeLimitedDataProtector protector = protection.CreateProtector("TimelineApp.Accounts.SessionTicket.v1").ToTimeLimitedDataProtector();

    public string Issue(string userId, string stamp) => protector.Protect($"{userId}\n{stamp}", Lifetime);

    public SessionTicket? Read(string? ticket)
    {
        if (string.IsNullOrEmpty(ticket)) return null;
        try
        {
            var parts = protector.Unprotect(ticket).Split('\n');
            return parts.Length == 2 ? new SessionTicket(parts[0], parts[1]) : null;
        }
        catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or FormatException)
        {
            return null; // tampered, expired or from another key ring
        }
    }

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/account/session-ticket", async (HttpContext http, UserManager<IdentityUser> users, SessionTickets tickets) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            if (await users.GetUserAsync(http.User) is not { } user) return Results.Unauthorized();
            return Results.Text(tickets.Issue(user.Id, await users.GetSecurityStampAsync(user)));
        }).RequireAuthorization(p => p.RequireRole(Roles.Editor, Roles.Reviewer));
}
