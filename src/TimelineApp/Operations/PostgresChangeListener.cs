using Npgsql;
using TimelineApp.Data;

namespace TimelineApp.Operations;

/// <summary>
/// On PostgreSQL: LISTENs for <see cref="ReaderChanges.Channel"/> on one dedicated connection and raises each other
/// instance's change here. After a lost connection it reconnects and raises "resync", since notices may have been missed.
/// </summary>
internal sealed class PostgresChangeListener(TimelineDatabase database, IConfiguration configuration, ReaderChanges changes,
    ILogger<PostgresChangeListener> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.Provider != DatabaseProvider.PostgreSQL) return;
        var connectionString = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("Timeline"))
        {
            Pooling = false, KeepAlive = 30, ApplicationName = "timeline-listener",
        }.ToString();
        var first = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, e) => changes.Received(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {ReaderChanges.Channel}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                if (!first) changes.Raise(new ReaderChange("resync"));
                first = false;
                while (!stoppingToken.IsCancellationRequested) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or IOException)
            {
                first = false;
                log.LogWarning("Listening for other instances' changes failed ({Message}); retrying in 2 s.", ex.Message);
                try { await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken); }
                catch (OperationCanceledException) { return; }
            }
        }
    }
}
