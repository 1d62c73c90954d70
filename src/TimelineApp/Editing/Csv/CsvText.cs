namespace TimelineApp.Editing.Csv;

/// <summary>
/// Guards text cells against spreadsheet formula injection (a leading = + - @ would run as a formula) in a way
/// that reads back exactly: a protected cell gets a leading apostrophe, which the import removes again.
/// </summary>
public static class CsvText
{
    private const string FormulaStarts = "=+-@\t\r";

    public static string Protect(string value) =>
        value.Length > 0 && (FormulaStarts.Contains(value[0]) || (value[0] == '\'' && value.Length > 1 && NeedsApostrophe(value[1..])))
            ? "'" + value : value;

    public static string Unprotect(string value) =>
        value.Length > 1 && value[0] == '\'' && NeedsApostrophe(value[1..]) ? value[1..] : value;

    private static bool NeedsApostrophe(string rest) =>
        rest.Length > 0 && (FormulaStarts.Contains(rest[0]) || (rest[0] == '\'' && NeedsApostrophe(rest[1..])));
}
