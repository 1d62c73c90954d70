using System.Net;
using Npgsql;
using TimelineApp.Testing;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Postgres;

/// <summary>What a load balancer relies on: /health tells when the database is gone.</summary>
public sealed class StartupAndHealthOnPostgresTests : IRunsOnPostgres
{
    [Fact]
    public async Task Health_answers_503_while_the_database_refuses_connections_and_200_again_when_it_is_back()
    {
        var database = PostgresCluster.CreateDatabase();
        await using var app = await AppProcess.StartOnPostgresAsync(database);
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromSeconds(30) };
        var name = new NpgsqlConnectionStringBuilder(database).Database!;
        var admin = new NpgsqlConnectionStringBuilder(database) { Database = "postgres", Pooling = false }.ConnectionString;
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health")).StatusCode);

        await ExecuteAsync(admin, $"ALTER DATABASE \"{name}\" ALLOW_CONNECTIONS false",
            $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'");
        var whileGone = await PollAsync(http, HttpStatusCode.ServiceUnavailable);
        await ExecuteAsync(admin, $"ALTER DATABASE \"{name}\" ALLOW_CONNECTIONS true");
        var whenBack = await PollAsync(http, HttpStatusCode.OK);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, whileGone.StatusCode);
        Assert.Contains("Unhealthy", await whileGone.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, whenBack.StatusCode);
    }

    [Fact]
    public async Task Two_instances_started_together_on_a_database_that_does_not_exist_yet_both_start_and_import_the_seeds_once()
    {
        var alone = PostgresCluster.CreateDatabase();
        var shared = new NpgsqlConnectionStringBuilder(alone) { Database = "timeline_new_" + Guid.NewGuid().ToString("N")[..12] }.ConnectionString;

        // Before the start-up lock, one of the two crashed with "relation already exists" (both ran the same migration).
        var both = await Task.WhenAll(AppProcess.StartOnPostgresAsync(shared), AppProcess.StartOnPostgresAsync(shared));
        await using (both[0])
        await using (both[1])
        {
            await using var single = await AppProcess.StartOnPostgresAsync(alone);
            Assert.Equal(await CountAsync(alone, "SELECT count(*) FROM \"Events\""), await CountAsync(shared, "SELECT count(*) FROM \"Events\""));
            Assert.Equal(0, await CountAsync(shared, "SELECT count(*) FROM (SELECT \"Slug\" FROM \"Events\" GROUP BY \"Slug\" HAVING count(*) > 1) d"));
            Assert.True(await CountAsync(shared, "SELECT count(*) FROM \"Events\"") > 0);
        }
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private static async Task<HttpResponseMessage> PollAsync(HttpClient http, HttpStatusCode wanted)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var response = await http.GetAsync("/health");
            if (response.StatusCode == wanted || DateTime.UtcNow > deadline) return response;
            await Task.Delay(200);
        }
    }

    private static async Task ExecuteAsync(string connectionString, params string[] statements)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var sql in statements)
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
