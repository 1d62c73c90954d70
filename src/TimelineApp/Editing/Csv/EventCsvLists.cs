using System.Text.RegularExpressions;

namespace TimelineApp.Editing.Csv;

/// <summary>The "; "-separated list cells: actors with roles, tags, sources.</summary>
public static partial class EventCsvLists
{
    public static IEnumerable<string> Split(string? cell) =>
        (cell ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Actor(string name, string role) => $"{name} [{role}]";

    public static IEnumerable<(string Name, string Role)> SortedActors(IEnumerable<(string Name, string Role)> actors) =>
        actors.OrderBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.Role, StringComparer.Ordinal);

    /// <summary>"Islamic State (ISIS) [perpetrator]" → ("Islamic State (ISIS)", "perpetrator"); null when there is no role.
    /// Square brackets, because names contain parentheses (the same dialect as /export/events.csv).</summary>
    public static (string Name, string Role)? ParseActor(string item)
    {
        var m = ActorWithRole().Match(item);
        return m.Success ? (m.Groups["name"].Value.Trim(), m.Groups["role"].Value.Trim()) : null;
    }

    [GeneratedRegex(@"^(?<name>.*\S)\s*\[(?<role>[^\[\]]+)\]$")]
    private static partial Regex ActorWithRole();
}
