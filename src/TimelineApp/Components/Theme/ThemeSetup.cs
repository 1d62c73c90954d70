using MudBlazor.Services;

namespace TimelineApp.Components.Theme;

/// <summary>MudBlazor's services and the server-rendered theme style sheet.</summary>
public static class ThemeSetup
{
    public static void AddTheme(this IServiceCollection services)
    {
        services.AddMudServices();
        services.AddSingleton<ThemeStylesheet>();
    }

    public static void MapTheme(this IEndpointRouteBuilder app) =>
        app.MapGet(ThemeStylesheet.Path, async (HttpContext http, ThemeStylesheet sheet, CancellationToken ct) =>
        {
            var css = await sheet.BuildAsync(ct);
            var etag = ThemeStylesheet.ETagOf(css);
            // Short-lived and revalidated: a new type colour shows within a minute.
            http.Response.Headers.CacheControl = "public, max-age=60";
            http.Response.Headers.ETag = etag;
            if (http.Request.Headers.IfNoneMatch == etag) return Results.StatusCode(StatusCodes.Status304NotModified);
            return Results.Text(css, "text/css; charset=utf-8");
        }).ExcludeFromDescription();
}
