using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using TimelineApp.Data;

namespace TimelineApp.Accounts;

/// <summary>Identity on the app's database: cookie sign-in, password rules, lockout, roles, first administrator.</summary>
public static class AccountsSetup
{
    public const string LoginPath = "/account/login";
    public const int MaxFailedSignIns = 5;

    public static void AddAccounts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddIdentity<IdentityUser, IdentityRole>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 5;
                o.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<TimelineDb>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = LoginPath;
            o.AccessDeniedPath = "/account/denied";
            o.Cookie.Name = "TimelineApp.Auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            o.SlidingExpiration = true;
            // Scripts calling /api get a status code, people get the sign-in page.
            o.Events.OnRedirectToLogin = ctx => ApiStatusOr(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiStatusOr(ctx, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorization();
        services.AddCascadingAuthenticationState();
        services.AddScoped<UserAdmin>();
        services.AddHostedService<AdminBootstrap>();
    }

    public static void MapAccounts(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", async (HttpContext http, SignInManager<IdentityUser> signIn) =>
        {
            // Checked here rather than by [FromForm] binding, so a missing token is a 400 with a reason, not an exception.
            if (http.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
                return Results.Problem("The sign-out form has expired; reload the page and sign out again.", statusCode: StatusCodes.Status400BadRequest);
            var form = await http.Request.ReadFormAsync();
            await signIn.SignOutAsync();
            return Results.LocalRedirect(SafeReturnUrl(form["returnUrl"]));
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());
    }

    /// <summary>Only local paths, so a crafted link cannot send a signed-in user elsewhere.</summary>
    public static string SafeReturnUrl(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";

    private static Task ApiStatusOr(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api")) ctx.Response.StatusCode = status;
        else ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
