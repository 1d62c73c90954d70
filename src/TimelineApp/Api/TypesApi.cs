using TimelineApp.Events;

using TimelineApp.Caching;

namespace TimelineApp.Api;

/// <summary>An event type for scripts: its colour and marker shape, with the shape's SVG path.</summary>
public sealed record EventTypeDto(string Id, string Name, string Color, string Shape, string Path);

/// <summary>GET /api/event-types: the taxonomy with colours and marker shapes (SVG paths) for scripts such as the map.</summary>
public static class TypesApi
{
    public static void MapTypesApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/event-types", async (EventQuery query, CancellationToken ct) =>
            TypedResults.Ok((await query.TypesAsync(ct)).Select(t => new EventTypeDto(t.Id, t.Name, t.Color, t.Shape, TypeShapes.PathFor(t.Shape))).ToList()))
            .WithName("listEventTypes").WithTags("Events").WithSummary("The event types: id, name, colour and marker shape (with its SVG path).")
            .RequireRateLimiting(Operations.OperationsServices.PublicApiPolicy).CacheForReaders();
}
