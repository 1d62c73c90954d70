using Microsoft.Extensions.Options;

namespace TimelineApp.Security;

/// <summary>Configuration section "Embedding": who may frame the /embed/ pages.</summary>
public sealed class EmbeddingOptions
{
    /// <summary>CSP frame-ancestors for /embed/ pages: "*" (any site, the default) or a list like "https://reports.example.org".</summary>
    public string FrameAncestors { get; set; } = "*";
}

/// <summary>
/// Security headers on every response: nosniff and a referrer policy everywhere; our CSP on HTML (replacing the
/// frame-ancestors-only policy Blazor adds to component pages, so there is one policy, not two); framing allowed
/// only for /embed/ (CSP frame-ancestors from configuration) and refused elsewhere ('self' plus X-Frame-Options).
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, IOptions<EmbeddingOptions> embedding, IConfiguration config, PublicUrl publicUrl)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            Apply(context);
            return Task.CompletedTask;
        });
        return next(context);
    }

    public static bool IsEmbed(PathString path) => path.StartsWithSegments("/embed");

    private void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        var embed = IsEmbed(context.Request.Path);
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        if (!embed) headers.XFrameOptions = "SAMEORIGIN";
        var type = context.Response.ContentType ?? "";
        // A preserved copy of a captured page (Capture/ArchiveEndpoints) sandboxes itself with a stricter policy.
        if (headers.ContentSecurityPolicy.ToString().StartsWith("sandbox", StringComparison.Ordinal)) return;
        if (type.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
        {
            var ancestors = embed ? ValidAncestors(embedding.Value.FrameAncestors) : "'self'";
            headers.ContentSecurityPolicy = ContentSecurityPolicy.For(ancestors, publicUrl.Authority,
                ContentSecurityPolicy.OriginOf(config["Map:TileUrlTemplate"]));
        }
        else if (type.StartsWith("image/svg+xml", StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy.Svg;
        }
    }

    /// <summary>A configured value that would break out of the directive (";" or a line break) falls back to 'self'.</summary>
    private static string ValidAncestors(string? value) =>
        string.IsNullOrWhiteSpace(value) || value.IndexOfAny([';', ',', '\r', '\n']) >= 0 ? "'self'" : value.Trim();
}

public static class SecurityHeadersSetup
{
    public static void AddSecurityHeaders(this WebApplicationBuilder builder) =>
        builder.Services.Configure<EmbeddingOptions>(builder.Configuration.GetSection("Embedding"));

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.UseMiddleware<SecurityHeaders>();
}
