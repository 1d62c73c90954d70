using System.Text.Json.Serialization;
using TimelineApp.Operations;

namespace TimelineApp.Api.OpenApi;

/// <summary>
/// The OpenAPI 3.1 document of the read API and the scripted editing API, at /openapi/v1.json, made from the
/// endpoints' own metadata (names, typed answers, problem responses) plus what the transformers add: the query
/// parameters the handlers read themselves, rate limits, sign-in and the antiforgery header. /api/docs renders it.
/// </summary>
public static class OpenApiSetup
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/openapi/v1.json";

    public static void AddOpenApiDocument(this WebApplicationBuilder builder)
    {
        // Strict: numbers are numbers. The default (reading numbers from strings too) makes every integer in the
        // document ["integer","string"] with a pattern; answers are written the same either way.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        builder.Services.AddOpenApi(DocumentName, o =>
        {
            o.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
            o.AddDocumentTransformer<ApiDocumentTransformer>();
            o.AddOperationTransformer<ApiOperationTransformer>();
        });
        builder.Services.AddSingleton<ApiReference>();
    }

    public static void MapOpenApiDocument(this WebApplication app) =>
        // A fixed path (no {documentName}): the one document, and no route parameter for route-walking tests to guess.
        app.MapOpenApi(DocumentPath).RequireRateLimiting(OperationsServices.PublicApiPolicy);
}
