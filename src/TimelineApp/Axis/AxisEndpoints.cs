using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;
using TimelineApp.Embed;

namespace TimelineApp.Axis;

/// <summary>GET /api/axis (marks and clusters for a window) and GET /embed/axis (the axis for iframes), rate-limited like the other public routes.</summary>
public static class AxisEndpoints
{
    public static void MapAxis(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/axis", AxisAsync).WithName("getAxis").WithSummary("The time axis for a window: lanes, and each lane's events or, where too dense, clusters.")
            .Produces<AxisResult>().ProducesValidationProblem().WithTags("Axis").RequireRateLimiting(Operations.OperationsServices.PublicApiPolicy);
        app.MapGet("/embed/axis", EmbedAsync).WithTags("Embeds").RequireRateLimiting(Operations.OperationsServices.PublicApiPolicy);
    }

    private static async Task<IResult> AxisAsync(HttpRequest request, IDbContextFactory<TimelineDb> dbFactory, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var known = await Filtering.FilterReader.ReaderTypes(db).Select(t => t.Id).ToListAsync(ct);
        var (axis, errors) = AxisRequest.Parse(request.Query, known);
        if (errors.Count > 0) return Filtering.FilterReader.Problem(errors);
        return TypedResults.Ok(await AxisQuery.LoadAsync(db, axis, ct));
    }

    private static async Task<IResult> EmbedAsync(HttpContext http, IDbContextFactory<TimelineDb> dbFactory)
    {
        await using var db = await dbFactory.CreateDbContextAsync(http.RequestAborted);
        var (view, instead) = await EmbedView.LoadAsync(http, db, "axis");
        if (instead is not null) return instead;
        var lanes = AxisRequest.TryParseLanes(http.Request.Query["lanes"].LastOrDefault() ?? "", out var l) ? l : LaneKind.Type;
        return EmbedPages.Page<EmbedAxis>(new() { [nameof(EmbedAxis.View)] = view, [nameof(EmbedAxis.Lanes)] = lanes });
    }
}
