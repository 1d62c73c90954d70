using TimelineApp.Accounts;
using TimelineApp.Caching;
using TimelineApp.Capture;
using TimelineApp.Api;
using TimelineApp.Api.OpenApi;
using TimelineApp.Axis;
using TimelineApp.Components;
using TimelineApp.Components.Theme;
using TimelineApp.Operations;
using TimelineApp.Security;
using TimelineApp.Sharing;
using TimelineApp.Map;
using TimelineApp.Editing;

namespace TimelineApp;

/// <summary>Builds the web application; shared by Program and by the tests that start a real server.</summary>
public static class AppHost
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var contentRoot = RepoLayout.FindContentRoot();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(AppHost).Assembly.GetName().Name,
            ContentRootPath = contentRoot,
            WebRootPath = Path.Combine(contentRoot, "wwwroot"),
        });
        // Package assets (MudBlazor's _content/) outside Development; a no-op for published output.
        builder.WebHost.UseStaticWebAssets();
        // The top-level wwwroot is served by UseStaticFiles. In Development MapStaticAssets would answer for it instead,
        // through a fallback that logs a warning for every file not in its build manifest (all of ours).
        builder.Configuration.AddInMemoryCollection([new("DisableStaticAssetNotFoundRuntimeFallback", "true")]);
        builder.AddApplicationServices();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseForwardedHeadersFromKnownProxies();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }
        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseStaticFiles();
        app.UseRateLimiter();
        app.UseReaderCache();
        app.UseAntiforgery();
        app.UseAccounts();
        app.MapStaticAssets();
        app.MapOperations();
        app.MapEventsApi();
        app.MapTypesApi();
        app.MapSharing();
        app.MapEventMapApi();
        app.MapAxis();
        app.MapAccounts();
        app.MapEditing();
        app.MapOpenApiDocument();
        app.MapCapture();
        app.MapTheme();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode().WithPageRateLimits();
        return app;
    }
}

/// <summary>Marker for WebApplicationFactory&lt;T&gt; in tests (Microsoft.Playwright also defines a Program).</summary>
public sealed class AppEntry;
