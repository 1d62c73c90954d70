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

    /// <summary>Routes of pages and endpoints that answer GET, with their parameters.</summary>
    public static IReadOnlyList<string> GetRoutes(IServiceProvider services) =>
        Routes(services).Where(r => r.Methods?.Contains("GET") == true).Select(r => r.Pattern).Distinct().ToList();

    private static IEnumerable<(string Pattern, IReadOnlyList<string>? Methods)> Routes(IServiceProvider services) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => ("/" + (e.RoutePattern.RawText ?? "").TrimStart('/'), e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods));
}
