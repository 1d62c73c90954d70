using TimelineApp.Testing;
using TimelineApp.Tests.Infrastructure;
using TimelineApp.Tests.Operations;

namespace TimelineApp.Tests.Postgres;

/// <summary>The first start on a new PostgreSQL database (created and migrated by the app) logs no warning or failure.</summary>
public sealed class CleanStartOnPostgresTests : IRunsOnPostgres
{
    [Fact]
    public async Task A_first_start_on_a_new_PostgreSQL_database_logs_no_warning_and_no_failure()
    {
        var database = PostgresCluster.CreateDatabase();

        await using var app = await AppProcess.StartOnPostgresAsync(database);

        await CleanStartLog.AssertCleanAsync(app);
    }
}
