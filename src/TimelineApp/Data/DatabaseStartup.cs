using TimelineApp.Seeding;

namespace TimelineApp.Data;

/// <summary>Migrates and seeds the database before the server takes requests.</summary>
internal sealed class DatabaseStartup(IServiceProvider services, ILogger<DatabaseStartup> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await services.PrepareDatabaseAsync();
        }
        catch (SeedException ex)
        {
            log.LogCritical("Start-up stopped: the seed data cannot be imported. {Problem}", ex.Message);
            throw;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
