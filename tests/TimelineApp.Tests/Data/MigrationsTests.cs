using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using TimelineApp.Data;
using TimelineApp.Search;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Data;

/// <summary>
/// Migrations are made with dotnet-ef (the first three carry SQL written by hand before it could run here). This proves
/// that applying them all builds exactly the schema the current model describes: every table, column, type, constraint
/// and index, and that the model snapshot has no changes a new migration would still have to make.
/// </summary>
public partial class MigrationsTests
{
    private sealed record SchemaObject(string Type, string Name, string Table, string Sql)
    {
        public override string ToString() => $"{Type} {Name} ON {Table}: {Sql}";
    }

    private static TimelineDb Open(string connectionString) => new(new DbContextOptionsBuilder<TimelineDb>()
        .UseSqlite(connectionString)
        .ConfigureWarnings(w => w.Ignore(RelationalEventId.NonTransactionalMigrationOperationWarning))
        .Options);

    private static List<SchemaObject> ReadSchema(string connectionString)
    {
        using var c = new SqliteConnection(connectionString);
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT type, name, tbl_name, COALESCE(sql, '') FROM sqlite_master ORDER BY type, name";
        using var r = cmd.ExecuteReader();
        var objects = new List<SchemaObject>();
        while (r.Read())
        {
            if (r.GetString(2).StartsWith("__EFMigrations", StringComparison.Ordinal)) continue;
            objects.Add(new SchemaObject(r.GetString(0), r.GetString(1), r.GetString(2), Normalise(r.GetString(3))));
        }
        return objects;
    }

    /// <summary>
    /// Whitespace is layout, not schema: runs collapse to one space, none inside parentheses. A table's columns are
    /// compared as a set: SQLite's ADD COLUMN always appends, while the model may place a new (shadow) column earlier.
    /// </summary>
    private static string Normalise(string sql)
    {
        var s = Whitespace().Replace(sql, " ").Trim();
        s = s.Replace("( ", "(").Replace(" )", ")").Replace(" ,", ",").TrimEnd(';');
        return s.StartsWith("CREATE TABLE", StringComparison.Ordinal) ? SortColumns(s) : s;
    }

    private static string SortColumns(string createTable)
    {
        int open = createTable.IndexOf('('), close = createTable.LastIndexOf(')');
        if (open < 0 || close < open) return createTable;
        var parts = new List<string>();
        var (depth, start) = (0, open + 1);
        for (var i = open + 1; i < close; i++)
        {
            if (createTable[i] == '(') depth++;
            else if (createTable[i] == ')') depth--;
            else if (createTable[i] == ',' && depth == 0) { parts.Add(createTable[start..i].Trim()); start = i + 1; }
        }
        parts.Add(createTable[start..close].Trim());
        parts.Sort(StringComparer.Ordinal);
        return $"{createTable[..(open + 1)]}{string.Join(", ", parts)}{createTable[close..]}";
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [Fact]
    public void Applying_all_migrations_builds_exactly_the_schema_of_the_model()
    {
        using var migratedFile = new TempDatabase();
        using var createdFile = new TempDatabase();
        using (var db = Open(migratedFile.ConnectionString)) db.Database.Migrate();
        using (var db = Open(createdFile.ConnectionString))
        {
            Assert.True(db.Database.EnsureCreated());
            db.Database.ExecuteSqlRaw(EventSearchIndex.CreateSql);
            db.Database.ExecuteSqlRaw(RollupTriggers.CreateSqlite); // as the search index: SQL the model cannot describe
            db.Database.ExecuteSqlRaw(OptionRollupTriggers.CreateSqlite);
        }

        var migrated = ReadSchema(migratedFile.ConnectionString);
        var created = ReadSchema(createdFile.ConnectionString);

        var missing = created.Except(migrated).ToList();
        var extra = migrated.Except(created).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            "The migrations and the model disagree (add a migration: dotnet ef migrations add NAME --project src/TimelineApp).\n"
            + $"Missing from the migrations:\n  {string.Join("\n  ", missing)}\nOnly in the migrations:\n  {string.Join("\n  ", extra)}");
        Assert.Equal(created, migrated);
    }

    [Fact]
    public void The_model_snapshot_has_no_pending_changes()
    {
        using var file = new TempDatabase();
        using var db = Open(file.ConnectionString);

        Assert.False(db.Database.HasPendingModelChanges(),
            "The model changed without a migration: dotnet ef migrations add NAME --project src/TimelineApp");
    }

    [Fact]
    public void The_compared_schema_covers_every_kind_of_object()
    {
        using var file = new TempDatabase();
        using (var db = Open(file.ConnectionString)) db.Database.Migrate();

        var schema = ReadSchema(file.ConnectionString);

        Assert.Contains(schema, o => o is { Type: "table", Name: "Events" } && o.Sql.Contains("\"LastDate\" TEXT NOT NULL"));
        Assert.Contains(schema, o => o is { Type: "index", Name: "IX_Events_Status_StartDate", Table: "Events" });
        Assert.Contains(schema, o => o is { Type: "index", Name: "IX_Events_Slug" } && o.Sql.StartsWith("CREATE UNIQUE INDEX"));
        Assert.Contains(schema, o => o is { Type: "table", Name: "EventSearch" } && o.Sql.Contains("USING fts5"));
        Assert.Contains(schema, o => o is { Type: "table", Name: "AspNetUsers" });
        Assert.Contains(schema, o => o.Type == "index" && o.Name.StartsWith("sqlite_autoindex_", StringComparison.Ordinal));
        Assert.DoesNotContain(schema, o => o.Table.StartsWith("__EF", StringComparison.Ordinal));
    }

    [Fact]
    public void Migrating_twice_is_a_no_op()
    {
        using var file = new TempDatabase();
        using (var db = Open(file.ConnectionString)) db.Database.Migrate();
        var first = ReadSchema(file.ConnectionString);

        using (var db = Open(file.ConnectionString))
        {
            Assert.Empty(db.Database.GetPendingMigrations());
            db.Database.Migrate();
        }

        Assert.Equal(first, ReadSchema(file.ConnectionString));
    }

    [Fact]
    public async Task The_started_app_uses_write_ahead_logging()
    {
        using var factory = new TimelineFactory();
        await using var db = factory.CreateDb();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());

        // A new connection reads the mode stored in the file, not a per-connection setting.
        await using var c = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=False");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", await cmd.ExecuteScalarAsync());
    }
}
