using Microsoft.Extensions.Options;

namespace TimelineApp.Capture;

/// <summary>Runs the link check every <see cref="CaptureOptions.LinkCheckIntervalMinutes"/> (off when 0, the default).</summary>
public sealed class LinkCheckService(LinkChecker checker, IOptions<CaptureOptions> options, ILogger<LinkCheckService> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var minutes = options.Value.LinkCheckIntervalMinutes;
        if (minutes <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(minutes));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var summary = await checker.CheckAllAsync(stoppingToken);
                log.LogInformation("Link check: {Summary}", summary);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Link check failed; trying again at the next interval");
            }
        }
    }
}
