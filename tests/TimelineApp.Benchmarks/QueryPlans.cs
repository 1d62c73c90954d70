using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace TimelineApp.Benchmarks;

/// <summary>EXPLAIN QUERY PLAN for the SQL EF Core generates (from ToQueryString) and for raw SQL.</summary>
internal static class QueryPlans
{
    public static string Explain(string connectionString, IQueryable query) => Explain(connectionString, query.ToQueryString());

    /// <summary>Accepts ToQueryString output: ".param set @p 'value'" lines followed by the SQL.</summary>
    public static string Explain(string connectionString, string script)
    {
        using var c = new SqliteConnection(connectionString);
        c.Open();
        using var cmd = c.CreateCommand();
        var sql = new List<string>();
        foreach (var line in script.Split('\n'))
        {
            if (line.StartsWith(".param set ", StringComparison.Ordinal))
            {
                var parts = line[11..].Split(' ', 2);
                var text = parts[1].Trim();
                cmd.Parameters.AddWithValue(parts[0], long.TryParse(text, out var n) ? n : text.Trim('\''));
            }
            else sql.Add(line);
        }
        cmd.CommandText = "EXPLAIN QUERY PLAN " + string.Join('\n', sql);
        using var r = cmd.ExecuteReader();
        var plan = new List<string>();
        while (r.Read()) plan.Add(r.GetString(3));
        return string.Join(" | ", plan);
    }
}
