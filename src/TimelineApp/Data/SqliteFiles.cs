using Microsoft.Data.Sqlite;

namespace TimelineApp.Data;

internal static class SqliteFiles
{
    /// <summary>Resolves a relative database path against the content root and creates its folder.</summary>
    public static string Prepare(string connectionString, string contentRoot)
    {
        var csb = new SqliteConnectionStringBuilder(connectionString);
        if (csb.DataSource is { Length: > 0 } path && path != ":memory:" && csb.Mode != SqliteOpenMode.Memory)
        {
            var full = Path.GetFullPath(path, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            csb.DataSource = full;
        }
        csb.Pooling = true;
        csb.DefaultTimeout = 30;
        return csb.ToString();
    }
}
