using System.Text.RegularExpressions;
using CsvHelper;

namespace TimelineApp.Export;

/// <summary>The event CSV's dialect: its columns, how list values are written and read back, and formula protection.</summary>
public static partial class EventCsvFormat
{
    public static readonly string[] Columns =
    [
        "id", "title", "summary", "start_date", "end_date", "date_precision", "approximate", "event_type", "place", "country",
        "latitude", "longitude", "geo_precision", "actors", "killed_min", "killed_max", "injured", "source_urls", "tags", "status",
    ];

    /// <summary>
    /// RFC 4180, UTF-8, "true"/"false". Text starting with = + - @ (or tab, CR) gets a leading apostrophe, so a
    /// spreadsheet shows it instead of running it as a formula; <see cref="Unguard"/> removes it on import.
    /// </summary>
    public static readonly CsvWriterOptions WriterOptions = new() { Injection = CsvInjection.Escape, TrueValue = "true", FalseValue = "false" };

    /// <summary>How the import reads the same files back: an empty field is null (no end date, no place…).</summary>
    public static readonly CsvReaderOptions ReaderOptions = new() { NullValues = [""] };

    /// <summary>Separates list items. Semicolon-space never occurs inside a URL (spaces are not allowed in one).</summary>
    public const string ListSeparator = "; ";

    public static string? JoinList(IEnumerable<string> items)
    {
        var text = string.Join(ListSeparator, items.Where(s => !string.IsNullOrWhiteSpace(s)));
        return text.Length == 0 ? null : text;
    }

    public static IReadOnlyList<string> SplitList(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>"Islamic State (ISIS) [perpetrator]": square brackets, because names contain parentheses.</summary>
    public static string Actor(string name, string role) => $"{name} [{role}]";

    public static (string Name, string? Role) ParseActor(string text)
    {
        var m = ActorPattern().Match(text.Trim());
        return m.Success ? (m.Groups["name"].Value.Trim(), m.Groups["role"].Value.Trim()) : (text.Trim(), null);
    }

    public static string Unguard(string text) => text.Length > 1 && text[0] == '\'' && "=+-@\t\r".Contains(text[1]) ? text[1..] : text;

    [GeneratedRegex(@"^(?<name>.*\S)\s*\[(?<role>[^\[\]]*)\]$")]
    private static partial Regex ActorPattern();
}
