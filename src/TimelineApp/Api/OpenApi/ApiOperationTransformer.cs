using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using TimelineApp.Operations;

namespace TimelineApp.Api.OpenApi;

/// <summary>
/// Adds what an endpoint's metadata implies but the generator does not describe: the query parameters its handler
/// reads itself (<see cref="QueryParameterDocs"/>), its rate limit and 429, and for the editing API sign-in, roles,
/// 401/403 and the antiforgery header.
/// </summary>
public sealed class ApiOperationTransformer(IConfiguration config) : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<JsonBody>().LastOrDefault() is { } body) await DescribeBodyAsync(operation, context, body.Type, ct);
        QueryParameterDocs.Apply(operation);
        operation.Responses ??= new OpenApiResponses();
        if (metadata.OfType<EnableRateLimitingAttribute>().LastOrDefault()?.PolicyName == OperationsServices.PublicApiPolicy)
            DescribeRateLimit(operation);
        if (metadata.OfType<AuthorizationPolicy>().Any() || metadata.OfType<IAuthorizeData>().Any())
            DescribeSignIn(operation, context.Document!, metadata);
    }

    private static async Task DescribeBodyAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, Type type, CancellationToken ct)
    {
        var schema = await context.GetOrCreateSchemaAsync(type, null, ct);
        context.Document!.AddComponent(type.Name, schema);
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType> { ["application/json"] = new() { Schema = new OpenApiSchemaReference(type.Name, context.Document) } },
        };
    }

    private void DescribeRateLimit(OpenApiOperation operation)
    {
        var perMinute = config.GetValue("RateLimits:ApiPerMinute", 600);
        operation.Description = Join(operation.Description,
            $"Rate limit: {perMinute} requests a minute per client address, shared with the other public endpoints and pages " +
            "(`RateLimits:ApiPerMinute`). Past it the answer is 429 with `Retry-After` in seconds.");
        operation.Responses!["429"] = new OpenApiResponse
        {
            Description = "Too many requests from this address this minute; a sentence says when to try again.",
            Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds until the next request is allowed.",
                    Required = true,
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1" },
                },
            },
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String }, Example = JsonValue.Create("Too many requests from your address. Try again in 42 seconds.") },
            },
        };
    }

    private static void DescribeSignIn(OpenApiOperation operation, OpenApiDocument document, IList<object> metadata)
    {
        var roles = metadata.OfType<AuthorizationPolicy>().SelectMany(p => p.Requirements).OfType<RolesAuthorizationRequirement>()
            .SelectMany(r => r.AllowedRoles).Distinct().ToList();
        var writes = metadata.OfType<IAntiforgeryMetadata>().LastOrDefault()?.RequiresValidation == true;
        var requirement = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiDocumentTransformer.CookieScheme, document)] = [] };
        if (writes) requirement[new OpenApiSecuritySchemeReference(ApiDocumentTransformer.AntiforgeryScheme, document)] = [];
        operation.Security = [requirement];
        operation.Description = Join(operation.Description,
            $"Signed in as {(roles.Count > 0 ? string.Join(" or ", roles) : "any user")} (the sign-in cookie)" +
            (writes ? ", with the token from GET /api/edit/antiforgery in its header." : "."));
        operation.Responses!["401"] = new OpenApiResponse { Description = "Not signed in (no body)." };
        operation.Responses["403"] = new OpenApiResponse
        {
            Description = roles.Count > 0 ? $"Signed in, but not as {string.Join(" or ", roles)} (no body), or the role was refused for this change (problem details)." : "Not allowed.",
        };
    }

    private static string Join(string? first, string second) => string.IsNullOrEmpty(first) ? second : first + "\n\n" + second;
}

/// <summary>
/// The JSON body an endpoint reads itself, for the document. Unlike Accepts&lt;T&gt;, it does not take part in routing,
/// so a body of another type still reaches the handler and gets its 415 with a reason.
/// </summary>
public sealed record JsonBody(Type Type);
