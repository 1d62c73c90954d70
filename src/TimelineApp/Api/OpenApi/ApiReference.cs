using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace TimelineApp.Api.OpenApi;

public sealed record ApiParameter(string Name, string In, string Type, bool Required, string? Default, string? Description);

public sealed record ApiResponse(string Status, string Description, string? Type, IReadOnlyList<string> Headers);

public sealed record ApiOperation(string Id, string Method, string Path, string Tag, string? Summary, string? Description,
    IReadOnlyList<ApiParameter> Parameters, string? RequestBody, IReadOnlyList<ApiResponse> Responses, IReadOnlyList<string> Security);

public sealed record ApiProperty(string Name, string Type, bool Required);

public sealed record ApiSchema(string Name, IReadOnlyList<ApiProperty> Properties);

/// <summary>
/// The OpenAPI document as the reference page reads it: operations in document order, parameters, answers and
/// schemas with their types in words. Made once from the same generator that serves /openapi/v1.json.
/// </summary>
public sealed class ApiReference(IServiceProvider services)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Title, string Description, IReadOnlyList<ApiOperation> Operations, IReadOnlyList<ApiSchema> Schemas)? _read;

    public async Task<(string Title, string Description, IReadOnlyList<ApiOperation> Operations, IReadOnlyList<ApiSchema> Schemas)> ReadAsync(CancellationToken ct)
    {
        if (_read is { } done) return done;
        await _gate.WaitAsync(ct);
        try
        {
            return _read ??= Read(await DocumentJsonAsync(ct));
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<JsonNode> DocumentJsonAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider.GetRequiredKeyedService<IOpenApiDocumentProvider>(OpenApiSetup.DocumentName);
        var document = await provider.GetOpenApiDocumentAsync(ct);
        await using var text = new StringWriter();
        document.SerializeAsV31(new OpenApiJsonWriter(text));
        return JsonNode.Parse(text.ToString())!;
    }

    private static (string, string, IReadOnlyList<ApiOperation>, IReadOnlyList<ApiSchema>) Read(JsonNode doc)
    {
        var operations = new List<ApiOperation>();
        foreach (var (path, item) in doc["paths"]!.AsObject())
        foreach (var (method, node) in item!.AsObject())
        {
            var op = node!.AsObject();
            var parameters = op["parameters"]?.AsArray().Select(p => new ApiParameter(Str(p, "name")!, Str(p, "in")!,
                SchemaWords.Describe(p!["schema"]), p!["required"]?.GetValue<bool>() == true, p["schema"]?["default"]?.ToJsonString(), Str(p, "description"))).ToList() ?? [];
            var body = op["requestBody"]?["content"]?.AsObject().Select(c => $"{c.Key}: {SchemaWords.Describe(c.Value?["schema"])}").FirstOrDefault();
            var responses = op["responses"]?.AsObject().Select(r => new ApiResponse(r.Key, Str(r.Value, "description") ?? "",
                r.Value?["content"]?.AsObject().Select(c => $"{c.Key}: {SchemaWords.Describe(c.Value?["schema"])}").FirstOrDefault(),
                r.Value?["headers"]?.AsObject().Select(h => h.Key).ToList() ?? [])).ToList() ?? [];
            var security = op["security"]?.AsArray().SelectMany(s => s!.AsObject().Select(kv => kv.Key)).ToList() ?? [];
            operations.Add(new ApiOperation(Str(op, "operationId") ?? $"{method} {path}", method.ToUpperInvariant(), path,
                op["tags"]?[0]?.GetValue<string>() ?? "", Str(op, "summary"), Str(op, "description"), parameters, body, responses, security));
        }
        var tagOrder = doc["tags"]?.AsArray().Select(t => Str(t, "name")).ToList() ?? [];
        operations = operations.OrderBy(o => tagOrder.IndexOf(o.Tag) is var i and >= 0 ? i : int.MaxValue).ToList();
        var schemas = doc["components"]?["schemas"]?.AsObject().Select(s =>
        {
            var required = s.Value?["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet() ?? [];
            var properties = s.Value?["properties"]?.AsObject().Select(p => new ApiProperty(p.Key, SchemaWords.Describe(p.Value), required.Contains(p.Key))).ToList() ?? [];
            return new ApiSchema(s.Key, properties);
        }).OrderBy(s => s.Name, StringComparer.Ordinal).ToList() ?? [];
        return (Str(doc["info"], "title") ?? "API", Str(doc["info"], "description") ?? "", operations, schemas);
    }

    private static string? Str(JsonNode? node, string name) => node?[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
