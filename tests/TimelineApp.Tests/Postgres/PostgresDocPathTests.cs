using System.Text.RegularExpressions;
using Npgsql;
using TimelineApp.Testing;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Postgres;

/// <summary>
/// docs/postgresql.md's path from an installed server to a running app, followed as written: its SQL makes a login
/// that is no superuser and a database it owns, and its connection string (with Port=, on the test cluster's
/// non-default port) starts the app, which migrates that database and serves the seed events.
/// </summary>
public sealed partial class PostgresDocPathTests : IRunsOnPostgres
{
    [Fact]
    public async Task The_documented_steps_start_the_app_as_a_database_owner_on_a_non_default_port()
    {
        var doc = await File.ReadAllTextAsync(Path.Combine(AppProcess.RepoRoot(), "docs", "postgresql.md"));
        var createRole = CreateRole().Match(doc);
        var createDb = CreateDb().Match(doc);
        var connection = ConnectionString().Match(doc);
        Assert.True(createRole.Success && createDb.Success && connection.Success, "the doc shows CREATE ROLE, createdb --owner and a connection string");

        var cluster = new NpgsqlConnectionStringBuilder(PostgresCluster.CreateDatabase());
        Assert.NotEqual(5432, cluster.Port);
        var role = createRole.Groups["role"].Value;
        var database = "doc_path_" + Guid.NewGuid().ToString("N")[..10];
        await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(cluster.ConnectionString) { Database = "postgres" }.ConnectionString))
        {
            await admin.OpenAsync();
            await using var exists = new NpgsqlCommand($"SELECT count(*) FROM pg_roles WHERE rolname = '{role}'", admin);
            if ((long)(await exists.ExecuteScalarAsync())! == 0)
                await new NpgsqlCommand(createRole.Groups["sql"].Value, admin).ExecuteNonQueryAsync();
            await new NpgsqlCommand($"CREATE DATABASE \"{database}\" OWNER \"{createDb.Groups["owner"].Value}\"", admin).ExecuteNonQueryAsync();
        }
        var documented = new NpgsqlConnectionStringBuilder(connection.Groups["cs"].Value);
        Assert.Equal(5433, documented.Port);
        documented.Port = cluster.Port;
        documented.Database = database;

        await using var app = await AppProcess.StartOnPostgresAsync(documented.ConnectionString);
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };

        Assert.Contains("\"status\":\"Healthy\"", await http.GetStringAsync("/health"));
        Assert.Contains("\"total\":24", await http.GetStringAsync("/api/events?pageSize=1"));
    }

    [GeneratedRegex(@"psql --port \d+ -c ""(?<sql>CREATE ROLE (?<role>\w+) LOGIN PASSWORD '[^']+')""")]
    private static partial Regex CreateRole();

    [GeneratedRegex(@"createdb --port \d+ --owner (?<owner>\w+) \w+")]
    private static partial Regex CreateDb();

    [GeneratedRegex(@"--ConnectionStrings:Timeline=""(?<cs>Host=[^""]+)""")]
    private static partial Regex ConnectionString();
}
