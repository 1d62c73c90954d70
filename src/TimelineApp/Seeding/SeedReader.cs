using System.Text.Json;

namespace TimelineApp.Seeding;

/// <summary>Reads seed JSON (// comments allowed), turning any parse failure into a message naming the file.</summary>
internal static class SeedReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip,
    };

    public static T Read<T>(string path, string displayName)
    {
        if (!File.Exists(path)) throw new SeedException($"{displayName}: file not found.");
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Options)
                ?? throw new SeedException($"{displayName}: the file is empty.");
        }
        catch (JsonException ex)
        {
            throw new SeedException($"{displayName}: not valid JSON at line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}: {ex.Message}");
        }
    }
}
