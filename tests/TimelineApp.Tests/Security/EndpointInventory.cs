using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace TimelineApp.Tests.Security;

/// <summary>The app's own list of endpoints (its EndpointDataSource), read from the running app.</summary>
public static class EndpointInventory
{
    private static readonly string[] ReadMethods = ["GET", "HEAD", "OPTIONS", "TRACE"];

    /// <summary>Route patterns that accept a method other than GET/HEAD (an endpoint without method metadata accepts every method).</summary>
    public static IReadOnlySet<string> MutatingRoutes(IServiceProvider services) =>
        Routes(services).Where(r => r.Methods is null || r.Methods.Except(ReadMethods).Any()).Select(r => r.Pattern).ToHashSet();

    /// <summary>Routes of the Razor component pages and of the embeds (the HTML the app serves), with their parameters.</summary>
    public static IReadOnlyList<string> HtmlRoutes(IServiceProvider services) =>
        Endpoints(services).Where(e => e.Metadata.Any(m => m.GetType().Name == "ComponentTypeMetadata") || e.RoutePattern.RawText!.StartsWith("/embed/", StringComparison.Ordinal))
            .Select(Pattern).Distinct().ToList();

    /// <summary>Route patterns that answer GET (an endpoint without method metadata answers every method).</summary>
    public static IReadOnlyList<string> GetRoutes(IServiceProvider services) =>
        Routes(services).Where(r => r.Methods is null || r.Methods.Contains("GET")).Select(r => r.Pattern).Distinct().ToList();

    private static IEnumerable<(string Pattern, IReadOnlyList<string>? Methods)> Routes(IServiceProvider services) =>
        Endpoints(services).Select(e => (Pattern(e), e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods));

    private static IEnumerable<RouteEndpoint> Endpoints(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    private static string Pattern(RouteEndpoint e) => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/');
}
