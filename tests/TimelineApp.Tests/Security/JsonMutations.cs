using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TimelineApp.Tests.Security;

/// <summary>One bent copy of a valid body: where it was bent, how, and whether the model forbids the result outright.</summary>
public sealed record JsonMutation(string Path, string Description, string Body, bool MustRefuse);

/// <summary>
/// Bends a valid JSON body at every property and list element: null, removed, wrong JSON type, null element.
/// Whether null is allowed is read from the C# model's nullable annotations, which are the contract the API states.
/// </summary>
public static class JsonMutations
{
    private static readonly NullabilityInfoContext Nullability = new();

    public static IEnumerable<JsonMutation> Of(JsonObject body, Type model) => Walk(body, body, model, []);

    private static IEnumerable<JsonMutation> Walk(JsonObject root, JsonNode node, Type type, List<object> at)
    {
        if (node is JsonObject obj)
        {
            foreach (var (name, value) in obj.ToList())
            {
                var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
                if (property is null || !property.CanWrite) continue;
                var info = Nullability.Create(property);
                List<object> here = [.. at, name];
                var path = PathOf(here);
                yield return Bend(root, here, $"{path} = null", _ => null, info.WriteState != NullabilityState.Nullable);
                yield return Bend(root, here, $"{path} removed", _ => Removed, mustRefuse: false);
                foreach (var (wrong, describe) in WrongTypes(value))
                    yield return Bend(root, here, $"{path} = {describe}", _ => wrong(), mustRefuse: true);
                if (value is null) continue;
                foreach (var m in Walk(root, value, property.PropertyType, here, info)) yield return m;
            }
        }
    }

    private static IEnumerable<JsonMutation> Walk(JsonObject root, JsonNode value, Type type, List<object> at, NullabilityInfo info)
    {
        if (value is JsonObject) return Walk(root, value, type, at);
        if (value is not JsonArray array || !type.IsGenericType) return [];
        var elementType = type.GetGenericArguments()[0];
        var elementNullable = Nullable.GetUnderlyingType(elementType) is not null || info.GenericTypeArguments[0].ReadState == NullabilityState.Nullable;
        var mutations = new List<JsonMutation>();
        for (var i = 0; i < array.Count; i++)
        {
            List<object> here = [.. at, i];
            mutations.Add(Bend(root, here, $"{PathOf(here)} = null", _ => null, !elementNullable));
            foreach (var (wrong, describe) in WrongTypes(array[i])) mutations.Add(Bend(root, here, $"{PathOf(here)} = {describe}", _ => wrong(), mustRefuse: true));
            if (array[i] is { } element) mutations.AddRange(Walk(root, element, elementType, here));
        }
        return mutations;
    }

    private static readonly JsonNode Removed = JsonValue.Create("(removed)");

    private static IEnumerable<(Func<JsonNode> Make, string Describe)> WrongTypes(JsonNode? value)
    {
        switch (value?.GetValueKind())
        {
            case JsonValueKind.Object or JsonValueKind.Array:
                yield return (() => JsonValue.Create("text"), "a string");
                yield return (() => JsonValue.Create(7), "a number");
                break;
            default:
                yield return (() => new JsonObject { ["wrong"] = true }, "an object");
                yield return (() => new JsonArray(1), "a list");
                if (value?.GetValueKind() == JsonValueKind.String) yield return (() => JsonValue.Create(5), "a number");
                else yield return (() => JsonValue.Create("five"), "a string");
                break;
        }
    }

    private static JsonMutation Bend(JsonObject root, List<object> at, string description, Func<JsonNode?, JsonNode?> change, bool mustRefuse)
    {
        var copy = root.DeepClone();
        JsonNode parent = copy;
        foreach (var step in at[..^1]) parent = step is string name ? parent[name]! : parent[(int)step]!;
        var last = at[^1];
        var current = last is string n ? parent[n] : parent[(int)last];
        var replacement = change(current);
        if (ReferenceEquals(replacement, Removed)) parent.AsObject().Remove((string)last);
        else if (last is string key) parent[key] = replacement;
        else parent[(int)last] = replacement;
        return new JsonMutation(PathOf(at), description, copy.ToJsonString(), mustRefuse);
    }

    private static string PathOf(List<object> at) => string.Concat(at.Select((step, i) => step switch
    {
        int index => $"[{index}]",
        _ => i == 0 ? (string)step : "." + step,
    }));
}
