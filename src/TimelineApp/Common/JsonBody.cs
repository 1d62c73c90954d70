using System.Text.Json;
using System.Text.Json.Nodes;

namespace TimelineApp.Common;

/// <summary>A request body read into <typeparamref name="T"/>, or the problems found, keyed by JSON path ("actors[0].name").</summary>
public sealed record JsonBodyResult<T>(T? Value, IReadOnlyDictionary<string, string[]> Errors) where T : class
{
    public bool IsValid => Value is not null && Errors.Count == 0;
}

/// <summary>
/// The one way the app reads a JSON body into a request model. The body is checked against the model's shape before
/// it is bound (<see cref="JsonBodyShape"/>): a null where the model has no null, a null element in a list, a value
/// of the wrong JSON type or an enum value that is not defined all come back as problems naming the field, so the
/// validators after it never meet a null they were not written for.
/// </summary>
public static class JsonBody
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 32, AllowTrailingCommas = false };

    public static JsonBodyResult<T> Read<T>(ReadOnlySpan<byte> body, JsonSerializerOptions options) where T : class
    {
        JsonNode? root;
        Dictionary<string, string[]> errors;
        try
        {
            root = JsonNode.Parse(body, new JsonNodeOptions { PropertyNameCaseInsensitive = options.PropertyNameCaseInsensitive }, DocumentOptions);
            // An object's members are read lazily: a name given twice ("title" and "Title") is found while walking it.
            errors = JsonBodyShape.Check(ref root, typeof(T), options);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            return Failed<T>(JsonBodyShape.BodyKey, ex is JsonException { LineNumber: { } line, BytePositionInLine: { } at }
                ? $"The body is not valid JSON (line {line + 1}, position {at + 1})."
                : "The body is not valid JSON for this request: a name appears twice in one object.");
        }
        if (errors.Count > 0) return new(null, errors);
        try
        {
            return new(root.Deserialize<T>(options), errors);
        }
        catch (JsonException ex)
        {
            // The shape check should have caught this; the serializer's own message names internal types, so name the place instead.
            return Failed<T>(JsonBodyShape.PathOf(ex.Path), "This value cannot be read; check its type.");
        }
    }

    private static JsonBodyResult<T> Failed<T>(string path, string message) where T : class =>
        new(null, new Dictionary<string, string[]> { [path] = [message] });
}
