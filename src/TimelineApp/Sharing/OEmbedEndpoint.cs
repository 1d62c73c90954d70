using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;
using TimelineApp.Events;
using TimelineApp.Export;
using TimelineApp.Filtering;
using TimelineApp.Security;

namespace TimelineApp.Sharing;

/// <summary>
/// GET /oembed?url=…&amp;format=json (oEmbed 1.0): any event or view link of ours becomes a "rich" iframe of the
/// matching /embed/ page. 404 for links that are not ours or name no published event; 501 for XML.
/// </summary>
public static class OEmbedEndpoint
{
    public static void MapOEmbed(this IEndpointRouteBuilder app) => app.MapGet("/oembed", AnswerAsync).WithTags("Embeds")
        .RequireRateLimiting(Operations.OperationsServices.PublicApiPolicy);

    private static async Task<IResult> AnswerAsync(HttpContext http, IDbContextFactory<TimelineDb> dbFactory, PublicUrl publicUrl)
    {
        var q = http.Request.Query;
        var format = q["format"].ToString();
        if (format.Length > 0 && !format.Equals("json", StringComparison.OrdinalIgnoreCase))
            return Results.Problem($"format '{format}' is not supported; use format=json", statusCode: StatusCodes.Status501NotImplemented);
        var errors = new Dictionary<string, string[]>();
        var maxWidth = Positive(q["maxwidth"], "maxwidth", errors);
        var maxHeight = Positive(q["maxheight"], "maxheight", errors);
        var baseUrl = publicUrl.Origin;
        if (!Uri.TryCreate(q["url"].ToString(), UriKind.Absolute, out var url)) errors["url"] = ["url must be the absolute address of an event or a view of this site"];
        if (errors.Count > 0) return FilterReader.Problem(errors);
        if (!publicUrl.IsOurs(url!)) return NotOurs(url!);
        var target = ShareLinks.EmbedFor(url!.AbsolutePath, url.Query);
        if (target is null) return NotOurs(url);

        await using var db = await dbFactory.CreateDbContextAsync(http.RequestAborted);
        var title = await TitleAsync(db, target, url.Query, http.RequestAborted);
        if (title is null) return NotOurs(url);
        var width = Math.Min(target.Width, maxWidth ?? int.MaxValue);
        var height = Math.Min(target.Height, maxHeight ?? int.MaxValue);
        return Results.Json(new Dictionary<string, object>
        {
            ["version"] = "1.0",
            ["type"] = "rich",
            ["provider_name"] = "TimelineApp",
            ["provider_url"] = baseUrl + "/",
            ["title"] = title,
            ["html"] = ShareLinks.Iframe(baseUrl + target.EmbedPathAndQuery, width, height, title),
            ["width"] = width,
            ["height"] = height,
            ["cache_age"] = 60,
        });
    }

    private static async Task<string?> TitleAsync(TimelineDb db, EmbedTarget target, string query, CancellationToken ct)
    {
        if (target.Slug is { } slug)
            return await db.Events.Where(e => e.Slug == slug && e.Status == EventStatus.Published).Select(e => e.Title).FirstOrDefaultAsync(ct);
        var types = await FilterReader.ReaderTypes(db).ToDictionaryAsync(t => t.Id, StringComparer.Ordinal, ct);
        var reading = FilterReader.Read(query, types.Keys);
        if (!reading.IsValid) return null;
        var description = FilterDescription.Describe(reading.Filter, types);
        return SocialMetaText.ViewTitle(target.Kind == "map", description);
    }

    private static IResult NotOurs(Uri url) =>
        Results.Problem($"{url} is not an event or a view of this site that can be embedded", statusCode: StatusCodes.Status404NotFound);

    private static int? Positive(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0) return v;
        errors[name] = [$"'{text}' is not a positive whole number of pixels"];
        return null;
    }
}
