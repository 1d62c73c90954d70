using Npgsql;

namespace TimelineApp.Operations;

/// <summary>On PostgreSQL backups are the server's own tool, pg_dump; this says how, for this database (never its password).</summary>
public static class PostgresBackup
{
    public static string DumpCommand(string connectionString, string fileName)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        return $"pg_dump --format=custom --file={fileName} --host={cs.Host ?? "localhost"} --port={cs.Port} --username={cs.Username ?? "postgres"} {cs.Database}";
    }

    public static string RestoreCommand(string connectionString, string fileName)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        return $"pg_restore --clean --if-exists --no-owner --host={cs.Host ?? "localhost"} --port={cs.Port} --username={cs.Username ?? "postgres"} --dbname={cs.Database} {fileName}";
    }

    public static NotSupportedException NotHere(string connectionString) => new(
        "This database is PostgreSQL: the app does not copy it itself. Back it up with pg_dump, for example: "
        + DumpCommand(connectionString, "timeline.dump"));
}
