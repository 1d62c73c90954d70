using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using TimelineApp.Axis;
using TimelineApp.Events;
using TimelineApp.Map;

namespace TimelineApp.Api.OpenApi;

/// <summary>
/// The query parameters of the endpoints that read their query string themselves (one filter reader for the API,
/// the pages and the exports), by operation id: the generator cannot see them. Ranges and defaults come from the
/// constants the handlers check.
/// </summary>
public static class QueryParameterDocs
{
    private static readonly OpenApiParameter[] Filter =
    [
        Text("from", "First day: an ISO date, month or year (`2015-02-16`, `2015-02`, `2015`); a month or year starts on its first day.", example: "2015-02"),
        Text("to", "Last day, like `from`; a month or year ends on its last day. Before `from` is a 400.", example: "2015-02"),
        List("type", "Event type ids (see GET /api/event-types); repeat the parameter or separate with commas. An unknown type is a 400 listing the known ones.", example: "airstrike"),
        Text("country", "ISO 3166-1 alpha-2 code of the event's place, any case.", pattern: "^[A-Za-z]{2}$", example: "LY"),
        Text("actor", "Events with an actor of this name (longer text is cut to 200 characters)."),
        List("tag", "Tags; repeat the parameter or separate with commas."),
        Text("q", "Full-text search (words; longer text is cut to 200 characters).", example: "Derna"),
        Choice("sort", "Chronological order of the answer.", ["oldest", "newest"], "oldest"),
    ];

    private static readonly Dictionary<string, OpenApiParameter[]> ByOperation = new()
    {
        ["listEvents"] =
        [
            .. Filter,
            Number("page", "Page number, from 1.", 1, 1_000_000, 1),
            Number("pageSize", "Events per page.", 1, EventQuery.MaxPageSize, EventsApi.DefaultPageSize),
        ],
        ["getAxis"] =
        [
            .. Filter,
            Choice("lanes", "What the lanes group by: the event's type, its country, or each of its actors.", ["type", "country", "actor"], "type"),
            Number("width", "The drawing's width in pixels; it sets how many days a cluster's bucket spans.", AxisRequest.MinWidth, AxisRequest.MaxWidth, AxisRequest.DefaultWidth),
        ],
        ["getMapFeatures"] =
        [
            .. Filter,
            Text("bbox", "Only markers inside `west,south,east,north` (degrees; west > east crosses the antimeridian).",
                pattern: @"^\s*-?[0-9.]+\s*(,\s*-?[0-9.]+\s*){3}$", example: "9.3,19.5,25.2,33.2"),
        ],
        ["searchPlaces"] =
        [
            Text("q", "A place name or its first letters (at most 200 characters).", required: true, example: "Derna"),
            Text("country", "Only these ISO 3166-1 alpha-2 countries, comma-separated.", example: "LY,EG"),
            Number("limit", "Most places in the answer.", 1, Gazetteer.MaxResults, 10),
        ],
    };

    /// <summary>Replaces the operation's query parameters of the same names with the documented ones.</summary>
    public static void Apply(OpenApiOperation operation)
    {
        if (operation.OperationId is not { } id || !ByOperation.TryGetValue(id, out var documented)) return;
        var names = documented.Select(p => p.Name).ToHashSet();
        var kept = (operation.Parameters ?? []).Where(p => !(p.In == ParameterLocation.Query && names.Contains(p.Name))).ToList();
        operation.Parameters = [.. kept, .. documented];
    }

    private static OpenApiParameter Query(string name, string description, OpenApiSchema schema, bool required = false, string? example = null) => new()
    {
        Name = name, In = ParameterLocation.Query, Description = description, Required = required, Schema = schema,
        Example = example is null ? null : JsonValue.Create(example),
    };

    private static OpenApiParameter Text(string name, string description, string? pattern = null, bool required = false, string? example = null) =>
        Query(name, description, new OpenApiSchema { Type = JsonSchemaType.String, Pattern = pattern }, required, example);

    private static OpenApiParameter List(string name, string description, string? example = null)
    {
        var p = Query(name, description, new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } });
        (p.Style, p.Explode) = (ParameterStyle.Form, true);
        if (example is not null) p.Example = new JsonArray(example);
        return p;
    }

    private static OpenApiParameter Choice(string name, string description, string[] values, string fallback) =>
        Query(name, description, new OpenApiSchema
        {
            Type = JsonSchemaType.String, Enum = values.Select(v => (JsonNode)JsonValue.Create(v)).ToList(), Default = JsonValue.Create(fallback),
        });

    private static OpenApiParameter Number(string name, string description, int min, int max, int fallback) =>
        Query(name, description, new OpenApiSchema
        {
            Type = JsonSchemaType.Integer, Format = "int32", Minimum = min.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Maximum = max.ToString(System.Globalization.CultureInfo.InvariantCulture), Default = JsonValue.Create(fallback),
        });
}
