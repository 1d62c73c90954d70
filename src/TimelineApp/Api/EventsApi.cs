using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using TimelineApp.Events;
using TimelineApp.Filtering;

using TimelineApp.Caching;

namespace TimelineApp.Api;

/// <summary>GET /api/events: published events as JSON, filtered like the timeline, paged, chronological.</summary>
public static class EventsApi
{
    public const int DefaultPageSize = 50;

    public static void MapEventsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("Events").RequireRateLimiting(Operations.OperationsServices.PublicApiPolicy).CacheForReaders();
        api.MapGet("/events", ListAsync).WithName("listEvents").WithSummary("Published events, filtered like the timeline, chronological, paged, with the total count.")
            .Produces<EventPage>().ProducesValidationProblem();
        // A problem body for scripts: an empty 404 would get the HTML not-found page.
        api.MapGet("/events/{slug}", async Task<Results<Ok<EventDto>, ProblemHttpResult>> (string slug, EventQuery query, CancellationToken ct) =>
            await query.BySlugAsync(slug, ct) is { } e ? TypedResults.Ok(e)
                : TypedResults.Problem($"No published event has the slug '{slug}'.", statusCode: StatusCodes.Status404NotFound))
            .WithName("getEvent").WithSummary("One published event by its slug; 404 for any other.").ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(HttpRequest request, EventQuery query, CancellationToken ct)
    {
        var reading = FilterReader.Read(request.Query, (await query.TypesAsync(ct)).Select(t => t.Id).ToList());
        var (filter, errors) = (reading.Filter, reading.Errors());
        var page = ParseBounded(request.Query["page"], "page", 1, 1, 1_000_000, errors);
        var pageSize = ParseBounded(request.Query["pageSize"], "pageSize", DefaultPageSize, 1, EventQuery.MaxPageSize, errors);
        if (errors.Count > 0) return FilterReader.Problem(errors);
        return TypedResults.Ok(await query.PageAsync(filter, page, pageSize, ct));
    }

    private static int ParseBounded(string? text, string name, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text)) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= min && v <= max) return v;
        errors[name] = [$"'{text}' is not a whole number from {min} to {max}"];
        return fallback;
    }
}
