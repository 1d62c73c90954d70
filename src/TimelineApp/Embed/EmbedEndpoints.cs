using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;
using TimelineApp.Events;
using TimelineApp.Export;

using TimelineApp.Caching;

namespace TimelineApp.Embed;

/// <summary>/embed/timeline, /embed/map and /embed/event/{slug}: chrome-free static views for iframes in reports.</summary>
public static class EmbedEndpoints
{
    /// <summary>Most events the embedded list shows; past that it says how many more and links to the full view.</summary>
    public const int MaxListed = EventQuery.MaxPageSize;

    public static void MapEmbeds(this IEndpointRouteBuilder app)
    {
        var embed = app.MapGroup("/embed").WithTags("Embeds").CacheForReaders();
        embed.MapGet("/timeline", TimelineAsync);
        embed.MapGet("/map", MapAsync);
        embed.MapGet("/event/{slug}", EventAsync);
        embed.RequireRateLimiting(Operations.OperationsServices.PublicApiPolicy);
    }

    private static async Task<IResult> TimelineAsync(HttpContext http, IDbContextFactory<TimelineDb> dbFactory, EventQuery query)
    {
        await using var db = await dbFactory.CreateDbContextAsync(http.RequestAborted);
        var (view, instead) = await EmbedView.LoadAsync(http, db, "timeline");
        if (instead is not null) return instead;
        var page = await query.PageAsync(view!.Filter, 1, MaxListed, http.RequestAborted);
        return EmbedPages.Page<EmbedTimeline>(new() { [nameof(EmbedTimeline.View)] = view, [nameof(EmbedTimeline.Events)] = page.Items });
    }

    private static async Task<IResult> MapAsync(HttpContext http, IDbContextFactory<TimelineDb> dbFactory, IConfiguration config)
    {
        await using var db = await dbFactory.CreateDbContextAsync(http.RequestAborted);
        var (view, instead) = await EmbedView.LoadAsync(http, db, "map");
        if (instead is not null) return instead;
        return EmbedPages.Page<EmbedMap>(new()
        {
            [nameof(EmbedMap.View)] = view,
            [nameof(EmbedMap.TileUrl)] = config["Map:TileUrlTemplate"],
            [nameof(EmbedMap.TileAttribution)] = config["Map:TileAttribution"],
        });
    }

    private static async Task<IResult> EventAsync(string slug, HttpContext http, IDbContextFactory<TimelineDb> dbFactory, EventQuery query)
    {
        var ct = http.RequestAborted;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var published = db.Events.Where(e => e.Slug == slug && e.Status == EventStatus.Published);
        var (theme, themeProblem) = EmbedTheme.Read(http.Request.Query);
        if (themeProblem is not null) return EmbedPages.Message("This event's link has a problem", [themeProblem], StatusCodes.Status400BadRequest);
        var stamp = await ExportStamp.ReadAsync(db, published, ct);
        if (stamp.Count == 0)
        {
            // An old slug (the title changed) keeps working: send the embed to the event's current address.
            var current = await db.SlugAliases.Where(a => a.Slug == slug)
                .Join(db.Events.Where(e => e.Status == EventStatus.Published), a => a.EventId, e => e.Id, (a, e) => e.Slug).FirstOrDefaultAsync(ct);
            return current is not null
                ? Results.Redirect($"/embed/event/{Uri.EscapeDataString(current)}{http.Request.QueryString}", permanent: true)
                : EmbedPages.Message("Event not found", ["There is no published event at this address."], StatusCodes.Status404NotFound);
        }
        var baseUrl = http.RequestServices.GetRequiredService<Security.PublicUrl>().Origin;
        var types = await db.EventTypes.AsNoTracking().ToListAsync(ct);
        var etag = stamp.ETag("/embed/event", slug, baseUrl, ExportStamp.TypesKey(types), $"theme={theme}");
        ConditionalGet.SetValidators(http.Response, etag, stamp.LastUpdated);
        if (ConditionalGet.IsNotModified(http.Request, etag)) return Results.StatusCode(StatusCodes.Status304NotModified);
        var e = await query.BySlugAsync(slug, ct);
        return EmbedPages.Page<EmbedEvent>(new()
        {
            [nameof(EmbedEvent.Event)] = e,
            [nameof(EmbedEvent.Type)] = types.FirstOrDefault(t => t.Id == e!.Type),
            [nameof(EmbedEvent.BaseUrl)] = baseUrl,
            [nameof(EmbedEvent.Theme)] = theme,
        });
    }
}
