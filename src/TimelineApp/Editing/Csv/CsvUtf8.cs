using System.Buffers;
using System.Text.Unicode;

namespace TimelineApp.Editing.Csv;

/// <summary>
/// Decodes an imported file as UTF-8 and nothing else: a byte that is not UTF-8 (a Latin-1 "é" from an older
/// spreadsheet) would otherwise become "�" in every event it touches. The problem names the row and column of the
/// first such byte, so the editor knows where to look, and says how to save the file.
/// </summary>
public static class CsvUtf8
{
    public static (string? Text, CsvProblem? Problem) Decode(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        var text = new string(chars, 0, written);
        if (status == OperationStatus.Done) return (text.TrimStart('\uFEFF'), null);
        var (row, column) = Locate(text.TrimStart('\uFEFF'));
        return (null, new CsvProblem(row, column,
            $"the file is not UTF-8 (byte 0x{bytes[read]:X2} at position {read + 1} cannot be read; Latin-1 or Windows-1252 text such as an accented " +
            "letter from an older spreadsheet looks like this). Nothing was imported: save the file as \"CSV UTF-8\" and import it again"));
    }

    /// <summary>The row (the header is row 1) and the header name of the column where <paramref name="prefix"/> ends.</summary>
    private static (int Row, string Column) Locate(string prefix)
    {
        var (row, field, inQuotes) = (1, 0, false);
        var header = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < prefix.Length; i++)
        {
            var c = prefix[i];
            if (c == '"') inQuotes = !inQuotes;
            else if (!inQuotes && (c == ',' || c == '\n'))
            {
                if (row == 1) header.Add(current.ToString().Trim().Trim('"').ToLowerInvariant());
                current.Clear();
                if (c == ',') field++;
                else (row, field) = (row + 1, 0);
                continue;
            }
            if (row == 1 && c != '\r') current.Append(c);
        }
        if (row == 1) return (1, "(header)");
        return (row, field < header.Count && header[field].Length > 0 ? header[field] : $"column {field + 1}");
    }
}
