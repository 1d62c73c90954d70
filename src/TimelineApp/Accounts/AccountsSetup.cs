using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;
using TimelineApp.Data;

namespace TimelineApp.Accounts;

/// <summary>
/// Identity on the app's database: cookie sign-in checked against the account on every request, password rules,
/// throttled (never locked) failed sign-ins, two-factor sign-in, roles, first administrator.
/// </summary>
public static class AccountsSetup
{
    public const string LoginPath = "/account/login";

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
                // Lockout only disables accounts (UserAdmin.SetDisabledAsync); failed attempts are slowed by SignInThrottle,
                // because a lock that five wrong passwords trigger lets anyone shut out anyone.
                o.Lockout.MaxFailedAccessAttempts = int.MaxValue;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<TimelineDb>()
            .AddDefaultTokenProviders()
            // Replaces Identity's authenticator provider (same name), which accepts a code again and again within ±2 steps.
            .AddTokenProvider<OneTimeAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider);
        services.AddSingleton<AuthenticatorSteps>();
        // Every request's cookie is checked against the account (one indexed read), so signing out or being disabled
        // ends copied cookies at once rather than after the default 30 minutes.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
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
        services.AddSingleton<SessionCheck>();
        services.AddScoped<AuthenticationStateProvider, SessionRevalidatingStateProvider>();
        services.AddScoped<CircuitSession>();
        services.AddSingleton<SessionTickets>();
        services.AddScoped<CircuitHandler, SignedOutCircuitGuard>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<PasswordSignIn>();
        services.AddSingleton<TwoFactorPolicy>();
        services.AddScoped<UserAdmin>();
        services.AddSingleton<UserList>();
        services.AddHostedService<AdminBootstrap>();
    }

    /// <summary>Middleware: editors without two-factor are sent to set it up while reviewers require it.</summary>
    public static void UseAccounts(this WebApplication app) => app.Use((http, next) => TwoFactorPolicy.EnforceAsync(http, () => next()));

    public static void MapAccounts(this IEndpointRouteBuilder app)
    {
        SessionTickets.Map(app);
        app.MapPost("/account/logout", async (HttpContext http, SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users) =>
        {
            // Checked here rather than by [FromForm] binding, so a missing token is a 400 with a reason, not an exception.
            if (http.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
                return Results.Problem("The sign-out form has expired; reload the page and sign out again.", statusCode: StatusCodes.Status400BadRequest);
            var form = await http.Request.ReadFormAsync();
            // A new security stamp ends this sign-in everywhere: copied cookies and open pages stop working.
            if (await users.GetUserAsync(http.User) is { } user) await users.UpdateSecurityStampAsync(user);
            await signIn.SignOutAsync();
            return Results.LocalRedirect(ReturnUrls.Safe(form["returnUrl"]));
        }).WithMetadata(new RequireAntiforgeryTokenAttribute());
    }

    private static Task ApiStatusOr(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api")) ctx.Response.StatusCode = status;
        else ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
