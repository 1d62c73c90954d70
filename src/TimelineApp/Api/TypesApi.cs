using TimelineApp.Events;

using TimelineApp.Caching;

namespace TimelineApp.Api;

/// <summary>GET /api/event-types: the taxonomy with colours and marker shapes (SVG paths) for scripts such as the map.</summary>
public static class TypesApi
{
    public static void MapTypesApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/event-types", async (EventQuery query, CancellationToken ct) =>
            (await query.TypesAsync(ct)).Select(t => new { t.Id, t.Name, t.Color, t.Shape, Path = TypeShapes.PathFor(t.Shape) }))
            .RequireRateLimiting(Operations.OperationsServices.PublicApiPolicy).CacheForReaders();
}
