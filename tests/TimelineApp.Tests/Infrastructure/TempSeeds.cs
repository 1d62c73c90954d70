using System.Text.Json;
using System.Text.Json.Nodes;

namespace TimelineApp.Tests.Infrastructure;

/// <summary>A copy of the repository's seeds/ in a temp folder, to corrupt one entry at a time.</summary>
public sealed class TempSeeds : IDisposable
{
    public static string RepoSeeds => System.IO.Path.Combine(RepoLayout.FindContentRoot(), "seeds");

    public string Path { get; } = Directory.CreateTempSubdirectory("timeline-seeds-").FullName;

    public TempSeeds()
    {
        foreach (var file in Directory.GetFiles(RepoSeeds, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(RepoSeeds, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string EventsFile => System.IO.Path.Combine(Path, "events.json");

    /// <summary>Edits events.json as a JSON tree (comments are dropped in the copy).</summary>
    public void EditEvents(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(File.ReadAllText(EventsFile), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!.AsObject();
        edit(root);
        File.WriteAllText(EventsFile, root.ToJsonString());
    }

    /// <summary>The event entry with this slug in the parsed events.json.</summary>
    public static JsonObject Event(JsonObject root, string slug) =>
        root["events"]!.AsArray().Single(e => (string?)e!["slug"] == slug)!.AsObject();

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
