using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Data;
using TimelineApp.Operations;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Postgres;

public sealed class PostgresOperationsTests(PostgresTimelineFactory app) : IClassFixture<PostgresTimelineFactory>, IRunsOnPostgres
{
    [Fact]
    public async Task Health_reports_the_PostgreSQL_database_healthy()
    {
        var response = await app.CreateClient().GetAsync("/health");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("database").GetString());
        Assert.Equal(DatabaseProvider.PostgreSQL, app.Services.GetRequiredService<TimelineDatabase>().Provider);
    }

    [Fact]
    public async Task The_backup_command_on_PostgreSQL_refuses_and_names_pg_dump()
    {
        var factory = app.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<TimelineDb>>();

        var refusal = await Assert.ThrowsAsync<NotSupportedException>(() => DatabaseBackup.BackupAsync(factory, Path.Combine(Path.GetTempPath(), "never.db")));

        Assert.Contains("pg_dump --format=custom", refusal.Message);
        Assert.DoesNotContain("Password", refusal.Message, StringComparison.OrdinalIgnoreCase);
    }
}
