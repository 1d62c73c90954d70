using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;

namespace TimelineApp.Operations;

/// <summary>Health check, rate limits and the deliberate Blazor Server limits.</summary>
public static class OperationsServices
{
    public const string PublicApiPolicy = "public-api";
    public const string SignInPolicy = "sign-in";

    public static void AddOperations(this WebApplicationBuilder builder)
    {
        // The query proves the schema is there, not just that the server answers.
        builder.Services.AddHealthChecks().AddDbContextCheck<TimelineDb>("database",
            customTestQuery: async (db, ct) =>
            {
                await db.EventTypes.AnyAsync(ct);
                return true;
            });
        builder.Services.AddSingleton<ReaderChanges>();
        builder.Services.AddHostedService<PostgresChangeListener>();
        builder.Services.AddHostedService<SqliteChangeWatcher>();
        var limits = builder.Configuration.GetSection("RateLimits");
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (ctx, ct) =>
            {
                var seconds = ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? (int)Math.Ceiling(retry.TotalSeconds) : 60;
                ctx.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                // A body, so the status-code page does not replace the reason with "not found".
                ctx.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await ctx.HttpContext.Response.WriteAsync($"Too many requests from your address. Try again in {seconds} seconds.", ct);
            };
            o.AddPolicy(PublicApiPolicy, http => PerClient(http, "", limits.GetValue("ApiPerMinute", 600)));
            // Sign-in attempts (the forms' POSTs) have their strict limit; views of the sign-in pages count like other pages.
            o.AddPolicy(SignInPolicy, http => HttpMethods.IsPost(http.Request.Method)
                ? PerClient(http, "attempt:", limits.GetValue("SignInPerMinute", 10))
                : PerClient(http, "view:", limits.GetValue("ApiPerMinute", 600)));
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => EveryOtherEndpoint(http, limits));
        });
    }

    /// <summary>
    /// Every page (/, /events/{slug}, /sources/{id}, /map…) is limited per client address like the public API, since a
    /// page runs the same searches; a page with its own policy (sign-in) keeps it. The circuit's hub is not a page.
    /// </summary>
    public static TBuilder WithPageRateLimits<TBuilder>(this TBuilder pages) where TBuilder : IEndpointConventionBuilder
    {
        pages.Add(b =>
        {
            var isPage = b.Metadata.Any(m => m is Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata);
            if (isPage && !b.Metadata.Any(m => m is EnableRateLimitingAttribute or DisableRateLimitingAttribute))
                b.Metadata.Add(new EnableRateLimitingAttribute(PublicApiPolicy));
        });
        return pages;
    }

    /// <summary>Blazor Server limits, chosen deliberately (see README, "Security").</summary>
    public static IServerSideBlazorBuilder WithDeliberateLimits(this IServerSideBlazorBuilder blazor) => blazor
        .AddCircuitOptions(o =>
        {
            o.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(3); // a reader on a flaky phone gets back their view
            o.DisconnectedCircuitMaxRetained = 100;                         // bounded memory for abandoned tabs
            o.JSInteropDefaultCallTimeout = TimeSpan.FromSeconds(30);
            o.MaxBufferedUnacknowledgedRenderBatches = 10;
        })
        .AddHubOptions(o =>
        {
            o.MaximumReceiveMessageSize = 64 * 1024;                        // form posts and quotes; uploads go over HTTP
            o.ClientTimeoutInterval = TimeSpan.FromSeconds(60);
        });

    public static void MapOperations(this IEndpointRouteBuilder app)
    {
        // For the load test's per-circuit memory figure: off unless Operations:ExposeMemory is true, loopback callers only.
        if (app.ServiceProvider.GetRequiredService<IConfiguration>().GetValue("Operations:ExposeMemory", false))
        {
            app.MapGet("/health/memory", (HttpContext http) =>
            {
                if (http.Connection.RemoteIpAddress is not { } ip || !System.Net.IPAddress.IsLoopback(ip)) return Results.NotFound();
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
                GC.Collect();
                return Results.Ok(new { managedBytes = GC.GetTotalMemory(false), workingSetBytes = Environment.WorkingSet });
            });
        }
        app.MapHealthChecks("/health", new HealthCheckOptions
        {
            ResponseWriter = (ctx, report) => ctx.Response.WriteAsJsonAsync(new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
            }),
        });
    }

    /// <summary>
    /// The limit for every endpoint without a policy of its own (editing API, session ticket, sign-out, the circuit's
    /// hub, anything mapped later), so nothing answers without limit. /health has its own, generous one: an
    /// orchestrator's or load balancer's probes come from few addresses, a few per second at most. Static files are
    /// the exception: they are answered before this (UseStaticFiles) or by MapStaticAssets from memory, read nothing
    /// and a page needs a dozen of them.
    /// </summary>
    private static RateLimitPartition<string> EveryOtherEndpoint(HttpContext http, IConfiguration limits)
    {
        var endpoint = http.GetEndpoint();
        if (endpoint?.Metadata.Any(m => m is EnableRateLimitingAttribute or DisableRateLimitingAttribute or Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor) == true)
            return RateLimitPartition.GetNoLimiter("");
        return http.Request.Path.StartsWithSegments("/health")
            ? PerClient(http, "health:", limits.GetValue("HealthPerMinute", 300))
            : PerClient(http, "other:", limits.GetValue("ApiPerMinute", 600));
    }

    /// <summary>A fixed window per client address (each kind of limit its own); Retry-After says when to come back.</summary>
    private static RateLimitPartition<string> PerClient(HttpContext http, string kind, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(kind + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}
