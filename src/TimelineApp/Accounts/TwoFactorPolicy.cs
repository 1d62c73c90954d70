using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;

namespace TimelineApp.Accounts;

/// <summary>
/// The reviewers' switch "everyone who edits must use two-factor sign-in". While it is on, a signed-in user without
/// an authenticator is sent to set one up before any editing page or editing API answers.
/// </summary>
public sealed class TwoFactorPolicy(IDbContextFactory<TimelineDb> dbFactory)
{
    public const string SetupPath = "/account/two-factor";
    private const string Key = "RequireTwoFactor";

    public async Task<bool> IsRequiredAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<SiteSetting>().AnyAsync(s => s.Key == Key && s.Value == "true", ct);
    }

    public async Task<string?> SetRequiredAsync(bool required, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!user.CanReview()) return "Only reviewers can change this.";
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var setting = await db.Set<SiteSetting>().SingleOrDefaultAsync(s => s.Key == Key, ct);
        if (setting is null) db.Add(new SiteSetting { Key = Key, Value = required ? "true" : "false" });
        else setting.Value = required ? "true" : "false";
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Sends editors without two-factor to its set-up page (scripts get a 403 with the reason).</summary>
    public static async Task EnforceAsync(HttpContext http, Func<Task> next)
    {
        var path = http.Request.Path;
        if (http.User.Identity?.IsAuthenticated == true && (path.StartsWithSegments("/edit") || path.StartsWithSegments("/api/edit"))
            && await http.RequestServices.GetRequiredService<TwoFactorPolicy>().IsRequiredAsync(http.RequestAborted))
        {
            var users = http.RequestServices.GetRequiredService<UserManager<IdentityUser>>();
            if (await users.GetUserAsync(http.User) is { } u && !await users.GetTwoFactorEnabledAsync(u))
            {
                if (path.StartsWithSegments("/api"))
                {
                    await Results.Problem("Two-factor sign-in is required for editing: set it up at " + SetupPath + ".", statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(http);
                    return;
                }
                http.Response.Redirect(SetupPath + "?required=true");
                return;
            }
        }
        await next();
    }
}
