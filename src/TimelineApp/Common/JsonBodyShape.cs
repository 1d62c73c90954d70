using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using TimelineApp.Data;

namespace TimelineApp.Common;

/// <summary>
/// Walks a parsed JSON body along the request model's serialization metadata (so a new property is covered without
/// a word here) and lists every value the model cannot hold: null where the property or list element is not
/// nullable, the wrong JSON type, an enum name or number that is not defined. Enum names ("town", "armed-group",
/// "ArmedGroup") are rewritten to their numbers, so binding does not depend on how the app's JSON options treat enums.
/// </summary>
public static class JsonBodyShape
{
    public const string BodyKey = "body";
    // NullabilityInfoContext is not thread-safe (its cache is a plain Dictionary): a shared one fails under concurrent
    // requests, so each property's answer is worked out with its own context and kept in a concurrent cache.
    private static readonly ConcurrentDictionary<PropertyInfo, NullabilityInfo> Nullability = new();

    public static Dictionary<string, string[]> Check(ref JsonNode? root, Type model, JsonSerializerOptions options)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        root = Walk(root, model, "", nullable: false, elementNullability: null, options, errors);
        return errors;
    }

    /// <summary>"$.actors[0].name" (a serializer path) as the key the problems use ("actors[0].name").</summary>
    public static string PathOf(string? serializerPath) =>
        serializerPath is null or "$" ? BodyKey : serializerPath.TrimStart('$').TrimStart('.');

    /// <returns>The node to keep in place of <paramref name="node"/> (an enum name becomes its number).</returns>
    private static JsonNode? Walk(JsonNode? node, Type type, string path, bool nullable, NullabilityInfo? elementNullability,
        JsonSerializerOptions options, Dictionary<string, string[]> errors)
    {
        var key = path.Length == 0 ? BodyKey : path;
        var info = options.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type);
        if (node is null)
        {
            if (!nullable) errors[key] = [$"{Name(key)} cannot be null: send {Describe(info)}, or leave it out to keep the default."];
            return node;
        }
        if (info.Type.IsEnum) return EnumValue(node, info.Type, key, errors);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object when node is JsonObject obj:
                CheckObject(obj, info, path, options, errors);
                return node;
            case JsonTypeInfoKind.Enumerable when node is JsonArray array && info.ElementType is { } elementType:
                var elementNullable = Nullable.GetUnderlyingType(elementType) is not null || elementNullability?.ReadState == NullabilityState.Nullable;
                for (var i = 0; i < array.Count; i++)
                {
                    var replaced = Walk(array[i], elementType, $"{path}[{i}]", elementNullable, null, options, errors);
                    if (!ReferenceEquals(replaced, array[i])) array[i] = replaced;
                }
                return node;
            case JsonTypeInfoKind.Object or JsonTypeInfoKind.Enumerable:
                errors[key] = [$"{Name(key)} must be {Describe(info)}, not {Kind(node)}."];
                return node;
            default:
                if (!Binds(node, info.Type, options)) errors[key] = [$"{Name(key)} must be {Describe(info)}, not {Kind(node)}."];
                return node;
        }
    }

    private static void CheckObject(JsonObject obj, JsonTypeInfo info, string path, JsonSerializerOptions options, Dictionary<string, string[]> errors)
    {
        var comparer = options.PropertyNameCaseInsensitive ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        foreach (var property in info.Properties.Where(p => p.Set is not null))
        {
            var childPath = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
            var sent = obj.FirstOrDefault(pair => comparer.Equals(pair.Key, property.Name));
            if (sent.Key is null)
            {
                if (property.IsRequired) errors[childPath] = [$"{Name(childPath)} is required."];
                continue;
            }
            var declared = property.AttributeProvider as PropertyInfo;
            var nullability = declared is null ? null : Nullability.GetOrAdd(declared, p => new NullabilityInfoContext().Create(p));
            var replaced = Walk(sent.Value, property.PropertyType, childPath, property.IsSetNullable,
                nullability?.GenericTypeArguments.FirstOrDefault() ?? nullability?.ElementType, options, errors);
            if (!ReferenceEquals(replaced, sent.Value)) obj[sent.Key] = replaced;
        }
    }

    private static JsonNode? EnumValue(JsonNode node, Type enumType, string key, Dictionary<string, string[]> errors)
    {
        var value = node as JsonValue;
        object? parsed = null;
        if (value?.GetValueKind() == JsonValueKind.String && EnumText.TryParseKebab(enumType, value.GetValue<string>(), out var named)) parsed = named;
        else if (value?.GetValueKind() == JsonValueKind.Number && value.TryGetValue<long>(out var number)
            && Enum.ToObject(enumType, number) is var candidate && Convert.ToInt64(candidate, System.Globalization.CultureInfo.InvariantCulture) == number
            && Enum.IsDefined(enumType, candidate))
            parsed = candidate;
        if (parsed is not null) return JsonValue.Create(Convert.ToInt64(parsed, System.Globalization.CultureInfo.InvariantCulture));
        errors[key] = [$"{Name(key)}: {node.ToJsonString()} is not one of {Choices(enumType)}."];
        return node;
    }

    private static bool Binds(JsonNode node, Type type, JsonSerializerOptions options)
    {
        try
        {
            node.Deserialize(type, options);
            return true;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or OverflowException)
        {
            return false;
        }
    }

    private static string Choices(Type enumType) =>
        string.Join(", ", Enum.GetValues(enumType).Cast<Enum>().Select(v => $"\"{v.ToKebab()}\"")) + " (or their numbers)";

    private static string Describe(JsonTypeInfo info) => info.Type switch
    {
        var t when t.IsEnum => "one of " + Choices(t),
        var t when t == typeof(string) => "text (\"\" for none)",
        var t when t == typeof(bool) => "true or false",
        var t when t == typeof(int) || t == typeof(long) || t == typeof(short) => "a whole number",
        var t when t == typeof(double) || t == typeof(decimal) || t == typeof(float) => "a number",
        _ when info.Kind == JsonTypeInfoKind.Enumerable => "a list ([] for none)",
        _ when info.Kind == JsonTypeInfoKind.Object => "an object",
        var t => "a " + t.Name,
    };

    private static string Kind(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.String => "text", JsonValueKind.Number => "a number", JsonValueKind.Array => "a list",
        JsonValueKind.Object => "an object", JsonValueKind.True or JsonValueKind.False => "true/false", _ => "null",
    };

    private static string Name(string key) => key == BodyKey ? "The body" : key;
}
