using System.Text.Json.Nodes;

namespace TimelineApp.Api.OpenApi;

/// <summary>A JSON schema in a few words for the reference page: "EventDto", "array of string", "integer 1–200", "string or null".</summary>
public static class SchemaWords
{
    public const string RefPrefix = "#/components/schemas/";

    public static string Describe(JsonNode? schema)
    {
        if (schema is not JsonObject s) return "any";
        if (s["$ref"]?.GetValue<string>() is { } reference) return reference.Replace(RefPrefix, "");
        if ((s["oneOf"] ?? s["anyOf"]) is JsonArray choices) return string.Join(" or ", choices.Select(Describe));
        if (s["enum"] is JsonArray values) return "one of " + string.Join(", ", values.Select(v => v?.ToJsonString() ?? "null"));
        var types = s["type"] switch
        {
            JsonArray many => many.Select(t => t!.GetValue<string>()).ToList(),
            JsonValue one => [one.GetValue<string>()],
            _ => ["any"],
        };
        var words = types.Where(t => t != "null").Select(t => t == "array" ? "array of " + Describe(s["items"]) : t).ToList();
        var text = string.Join(" or ", words.Count > 0 ? words : ["null"]);
        if (s["format"]?.GetValue<string>() is { } format) text += $" ({format})";
        if (s["minimum"] is { } min && s["maximum"] is { } max) text += $" {min.ToJsonString()}–{max.ToJsonString()}";
        if (s["pattern"]?.GetValue<string>() is { } pattern) text += $" matching {pattern}";
        return types.Contains("null") ? text + " or null" : text;
    }
}
