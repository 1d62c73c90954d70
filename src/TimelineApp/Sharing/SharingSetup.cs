using TimelineApp.Embed;
using TimelineApp.Export;
using TimelineApp.Security;

namespace TimelineApp.Sharing;

/// <summary>Registration of exports, embeds, oEmbed and the security headers: one line each in AppServices and AppHost.</summary>
public static class SharingSetup
{
    public static void AddSharing(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<ExportOptions>(builder.Configuration.GetSection("Export"));
        builder.AddSecurityHeaders();
        builder.AddPublicAddress();
    }

    public static void MapSharing(this IEndpointRouteBuilder app)
    {
        app.MapExports();
        app.MapEmbeds();
        app.MapOEmbed();
    }
}
