using Microsoft.AspNetCore.OutputCaching;

namespace TimelineApp.Caching;

public static class ReaderCacheSetup
{
    public static void AddReaderCache(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ReaderCache>();
        builder.Services.AddSingleton<ReaderCacheInterceptor>();
        builder.Services.AddReaderCompression();
        builder.Services.AddSingleton<ReaderWarmup>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ReaderWarmup>());
        builder.Services.AddAntiforgery();
        ReaderAntiforgery.Decorate(builder.Services);
        builder.Services.AddOutputCache(o =>
        {
            o.SizeLimit = builder.Configuration.GetValue("ReaderCache:SizeLimitMb", 256L) * 1024 * 1024;
            o.AddPolicy(ReaderCache.Policy, p => p
                .Expire(ReaderCache.Lifetime)
                .SetVaryByQuery("*")
                .VaryByValue(ctx => new KeyValuePair<string, string>("v",
                    ctx.RequestServices.GetRequiredService<ReaderCache>().Version.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                // One entry per encoding (br, gzip, identity), each compressed once when stored (ReaderCompression).
                .VaryByValue(ctx => new KeyValuePair<string, string>("enc", ReaderCompression.Negotiated(ctx)))
                .Tag(ReaderCache.Tag));
        });
    }

    /// <summary>
    /// After authentication (signed-in users bypass the cache). A request re-executed for an error or status page
    /// (/error, /not-found) has already been through the cache, which allows one pass per request.
    /// </summary>
    public static void UseReaderCache(this WebApplication app)
    {
        // Changes made by other instances (PostgreSQL NOTIFY) move this instance's cache on too.
        var cache = app.Services.GetRequiredService<ReaderCache>();
        app.Services.GetRequiredService<Operations.ReaderChanges>().Changed += _ => cache.Changed();
        app.UseWhen(context => context.Features.Get<IOutputCacheFeature>() is null, branch => branch.UseOutputCache());
        app.UseReaderCompression();
    }

    /// <summary>Marks an endpoint group's anonymous GET responses as cacheable for readers.</summary>
    public static TBuilder CacheForReaders<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.CacheOutput(ReaderCache.Policy);
}
