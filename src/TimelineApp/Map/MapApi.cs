using TimelineApp.Events;
using TimelineApp.Filtering;

using TimelineApp.Caching;

namespace TimelineApp.Map;

/// <summary>
/// GET /api/map/features: the map's markers as GeoJSON, filtered exactly like the timeline plus an optional bbox.
/// GET /api/places/search: the offline gazetteer for editor forms.
/// </summary>
public static class MapApi
{
    public static void MapEventMapApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/map/features", FeaturesAsync).WithName("getMapFeatures").WithSummary("Map markers as a GeoJSON FeatureCollection, filtered like the timeline, optionally within a box.")
            .Produces<MarkerCollection>().ProducesValidationProblem().WithTags("Map").RequireRateLimiting(Operations.OperationsServices.PublicApiPolicy).CacheForReaders();
        app.MapGet("/api/places/search", SearchPlaces).WithName("searchPlaces").WithSummary("Places in the offline gazetteer whose name (or a later word of it) starts with q.")
            .Produces<PlaceSearchAnswer>().ProducesValidationProblem().WithTags("Places").RequireRateLimiting(Operations.OperationsServices.PublicApiPolicy);
    }

    private static async Task<IResult> FeaturesAsync(HttpRequest request, MapQuery map, EventQuery events, CancellationToken ct)
    {
        var reading = FilterReader.Read(request.Query, (await events.TypesAsync(ct)).Select(t => t.Id).ToList());
        var (filter, errors) = (reading.Filter, reading.Errors());
        BoundingBox? box = null;
        if (request.Query.ContainsKey("bbox") && !BoundingBox.TryParse(request.Query["bbox"], out box, out var bboxError))
            errors["bbox"] = [bboxError!];
        if (errors.Count > 0) return Invalid(errors);
        return TypedResults.Ok(await map.FeaturesAsync(filter, box, ct));
    }

    // limit is read as text: a typed int? would answer "abc" with a bare 400 (and the HTML status page), not this message.
    private static IResult SearchPlaces(string? q, string? country, string? limit, Gazetteer gazetteer)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(q) || PlaceNames.Normalize(q).Length == 0) errors["q"] = ["give a place name (or its first letters), like q=Derna"];
        else if (q.Length > 200) errors["q"] = ["a place name is at most 200 characters"];
        var countries = (country ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (countries.FirstOrDefault(c => c.Length != 2 || !c.All(char.IsAsciiLetter)) is { } bad)
            errors["country"] = [$"'{bad}' is not a two-letter country code like LY (several: country=LY,EG)"];
        int? count = int.TryParse(limit, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
        if (!string.IsNullOrEmpty(limit) && count is null or < 1 or > Gazetteer.MaxResults) errors["limit"] = [$"limit must be from 1 to {Gazetteer.MaxResults}"];
        if (errors.Count > 0) return Invalid(errors);
        var places = gazetteer.Search(q, countries.Select(c => c.ToUpperInvariant()).ToList(), count ?? 10);
        return TypedResults.Ok(new { places, attribution = Gazetteer.Attribution });
    }

    private static IResult Invalid(Dictionary<string, string[]> errors) => FilterReader.Problem(errors);
}
