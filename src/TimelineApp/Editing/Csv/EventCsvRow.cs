namespace TimelineApp.Editing.Csv;

/// <summary>One CSV record as text, keyed by column; a column missing from the file is absent (null), not empty.</summary>
public sealed class EventCsvRow(int rowNumber, IReadOnlyDictionary<string, string> values)
{
    /// <summary>The row as a spreadsheet numbers it (the header is row 1).</summary>
    public int RowNumber { get; } = rowNumber;

    public string? this[string column] => values.TryGetValue(column, out var v) ? v.Trim() : null;

    public bool Has(string column) => values.ContainsKey(column);

    public IReadOnlyDictionary<string, string> Values => values;
}

/// <summary>A problem with one cell (or the header, row 1) of an imported file.</summary>
public sealed record CsvProblem(int Row, string Column, string Problem)
{
    public override string ToString() => $"row {Row}, column {Column}: {Problem}";
}
