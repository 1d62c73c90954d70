using CsvHelper;

namespace TimelineApp.Editing.Csv;

/// <summary>Reads an events CSV into rows keyed by our column names; header problems come back as row-1 problems.</summary>
public static class EventCsvReader
{
    public sealed record Result(IReadOnlyList<EventCsvRow> Rows, IReadOnlyList<CsvProblem> Problems, IReadOnlyList<string> Notes);

    public static Result Read(TextReader text, int maxRows = 1_000_000)
    {
        var problems = new List<CsvProblem>();
        var notes = new List<string>();
        var rows = new List<EventCsvRow>();
        using var csv = CsvReader.Create(text, new CsvReaderOptions { HasHeader = true }, leaveOpen: true);
        string[] headers;
        try
        {
            headers = csv.Headers.Select(h => h.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToArray();
        }
        catch (Exception ex) when (ex is CsvFormatException or InvalidOperationException)
        {
            return new Result(rows, [new CsvProblem(1, "(header)", $"the header row cannot be read: {ex.Message}")], notes);
        }
        foreach (var missing in EventCsvColumns.Required.Where(c => !headers.Contains(c)))
            problems.Add(new CsvProblem(1, missing, $"the column '{missing}' is missing; the header needs {string.Join(", ", EventCsvColumns.Required)}"));
        foreach (var dup in headers.GroupBy(h => h).Where(g => g.Count() > 1 && g.Key.Length > 0))
            problems.Add(new CsvProblem(1, dup.Key, "the column appears twice"));
        var unknown = headers.Where(h => h.Length > 0 && !EventCsvColumns.All.Contains(h)).ToList();
        if (unknown.Count > 0) notes.Add($"Ignored the column{(unknown.Count == 1 ? "" : "s")} {string.Join(", ", unknown)} (not part of the event columns).");
        if (problems.Count > 0) return new Result(rows, problems, notes);

        var row = 1;
        while (csv.Read())
        {
            row++;
            if (rows.Count >= maxRows)
            {
                problems.Add(new CsvProblem(row, "(file)", $"the file has more than {maxRows} rows; split it"));
                break;
            }
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < headers.Length; i++)
            {
                if (!EventCsvColumns.All.Contains(headers[i])) continue;
                values[headers[i]] = i < csv.FieldCount ? CsvText.Unprotect(csv.GetString(i)) : "";
            }
            if (values.Values.All(string.IsNullOrWhiteSpace)) continue;
            if (csv.FieldCount > headers.Length)
                problems.Add(new CsvProblem(row, "(row)", $"the row has {csv.FieldCount} fields but the header has {headers.Length}; check for an unquoted comma"));
            rows.Add(new EventCsvRow(row, values));
        }
        return new Result(rows, problems, notes);
    }
}
