using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Api.OpenApi;

/// <summary>/openapi/v1.json: every /api endpoint the app maps, valid OpenAPI 3.1, with what a client generator needs.</summary>
public class OpenApiDocumentTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    private async Task<JsonElement> DocumentAsync() => await factory.CreateClient().GetJsonAsync("/openapi/v1.json");

    private static JsonElement Operation(JsonElement doc, string path, string method) => doc.GetProperty("paths").GetProperty(path).GetProperty(method);

    [Fact]
    public async Task Every_api_endpoint_the_app_maps_is_in_the_document()
    {
        var doc = await DocumentAsync();
        var mapped = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            // A route constraint ({id:int}) is not part of the document's path template ({id}).
            .Select(e => (Path: "/" + System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText!.TrimStart('/'), @"\{(\w+):[^}]*\}", "{$1}"), Methods: e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods))
            .Where(e => e.Path.StartsWith("/api/", StringComparison.Ordinal) && e.Path != "/api/docs")
            .ToList();
        Assert.Contains(mapped, e => e.Path == "/api/events");
        Assert.Contains(mapped, e => e.Path == "/api/edit/events");
        var paths = doc.GetProperty("paths");
        var missing = mapped.SelectMany(e => (e.Methods ?? ["(any method)"]).Select(m => (e.Path, Method: m.ToLowerInvariant())))
            .Where(e => !(paths.TryGetProperty(e.Path, out var item) && item.TryGetProperty(e.Method, out _)))
            .Select(e => $"{e.Method} {e.Path}").ToList();
        Assert.True(missing.Count == 0, $"Not in /openapi/v1.json: {string.Join(", ", missing)}");
        var ids = paths.EnumerateObject().SelectMany(p => p.Value.EnumerateObject()).Select(o => o.Value.GetProperty("operationId").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task The_document_passes_a_real_OpenAPI_validator()
    {
        var file = Path.Combine(Path.GetTempPath(), $"openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, (await DocumentAsync()).GetRawText());
        try
        {
            var result = await NodeScript.RunAsync("validate-openapi.mjs", file);
            Assert.StartsWith("3.1", result.GetProperty("version").GetString());
            Assert.Contains("listEvents", result.GetProperty("operations").EnumerateArray().Select(o => o.GetString()));
            Assert.True(result.GetProperty("brokenRefused").GetBoolean(), "the validator accepted a response without a description");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Query_parameters_have_their_types_ranges_and_defaults_and_numbers_are_plain_integers()
    {
        var doc = await DocumentAsync();
        var parameters = Operation(doc, "/api/events", "get").GetProperty("parameters").EnumerateArray().ToDictionary(p => p.Str("name"));
        Assert.Subset(new HashSet<string> { "from", "to", "type", "country", "actor", "tag", "q", "sort", "page", "pageSize" }, parameters.Keys.ToHashSet());
        var pageSize = parameters["pageSize"].GetProperty("schema");
        Assert.Equal(("integer", 1, 200, 50), (pageSize.Str("type"), pageSize.GetProperty("minimum").GetInt32(), pageSize.GetProperty("maximum").GetInt32(), pageSize.GetProperty("default").GetInt32()));
        Assert.Equal("array", parameters["type"].GetProperty("schema").Str("type"));
        var width = Operation(doc, "/api/axis", "get").GetProperty("parameters").EnumerateArray().Single(p => p.Str("name") == "width").GetProperty("schema");
        Assert.Equal((200, 4000), (width.GetProperty("minimum").GetInt32(), width.GetProperty("maximum").GetInt32()));
        // Without strict number handling every integer of every schema would be ["integer","string"] with a pattern.
        var total = doc.GetProperty("components").GetProperty("schemas").GetProperty("EventPage").GetProperty("properties").GetProperty("total");
        Assert.Equal("integer", total.Str("type"));
        var numbersAsText = Types(doc).Where(t => t.Contains("string") && (t.Contains("integer") || t.Contains("number"))).ToList();
        Assert.True(numbersAsText.Count == 0, $"{numbersAsText.Count} schemas take numbers as strings");
    }

    private static IEnumerable<IReadOnlyList<string>> Types(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => e.EnumerateObject().SelectMany(p => p.Name == "type" && p.Value.ValueKind == JsonValueKind.Array
            ? [p.Value.EnumerateArray().Select(t => t.GetString()!).ToList()] : Types(p.Value)),
        JsonValueKind.Array => e.EnumerateArray().SelectMany(Types),
        _ => [],
    };

    [Fact]
    public async Task Answers_errors_and_rate_limits_are_described()
    {
        var doc = await DocumentAsync();
        var list = Operation(doc, "/api/events", "get");
        Assert.Equal("#/components/schemas/EventPage", list.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").Str("$ref"));
        Assert.True(list.GetProperty("responses").GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _));
        Assert.True(Operation(doc, "/api/events/{slug}", "get").GetProperty("responses").GetProperty("404").GetProperty("content").TryGetProperty("application/problem+json", out _));
        foreach (var path in new[] { "/api/events", "/api/events/{slug}", "/api/event-types", "/api/axis", "/api/map/features", "/api/places/search" })
        {
            var op = Operation(doc, path, "get");
            Assert.True(op.GetProperty("responses").GetProperty("429").GetProperty("headers").TryGetProperty("Retry-After", out _), path);
            Assert.Contains("600 requests a minute", op.Str("description"));
        }
    }

    [Fact]
    public async Task The_editing_api_requires_the_sign_in_cookie_and_the_antiforgery_header_the_app_checks()
    {
        var doc = await DocumentAsync();
        var schemes = doc.GetProperty("components").GetProperty("securitySchemes");
        var header = factory.Services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.HeaderName;
        Assert.Equal(("apiKey", "header", header), (schemes.GetProperty("antiforgeryHeader").Str("type"), schemes.GetProperty("antiforgeryHeader").Str("in"), schemes.GetProperty("antiforgeryHeader").Str("name")));
        Assert.Equal(("cookie", "TimelineApp.Auth"), (schemes.GetProperty("signInCookie").Str("in"), schemes.GetProperty("signInCookie").Str("name")));

        var create = Operation(doc, "/api/edit/events", "post");
        var requirement = Assert.Single(create.GetProperty("security").EnumerateArray());
        Assert.Equal(["antiforgeryHeader", "signInCookie"], requirement.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("#/components/schemas/EventForm", create.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").Str("$ref"));
        Assert.Subset(new HashSet<string> { "201", "400", "401", "403", "409", "413", "415" }, create.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToHashSet());
        var token = Operation(doc, "/api/edit/antiforgery", "get");
        Assert.Equal(["signInCookie"], Assert.Single(token.GetProperty("security").EnumerateArray()).EnumerateObject().Select(p => p.Name));
        Assert.False(Operation(doc, "/api/events", "get").TryGetProperty("security", out _));
    }

    [Fact]
    public async Task A_missing_event_is_a_problem_for_scripts_not_the_html_page()
    {
        using var response = await factory.CreateClient().GetAsync("/api/events/no-such-event");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-such-event", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Str("detail"));
    }
}
