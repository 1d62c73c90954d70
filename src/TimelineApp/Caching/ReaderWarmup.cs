using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace TimelineApp.Caching;

/// <summary>
/// Once the server listens, asks it for the pages readers open first (<c>/</c> and <c>/map</c>, as a browser would, in
/// the background), so the first reader after a start finds EF Core's model built, the queries compiled, the components
/// and code paths jitted and the answers in the readers' cache. It reads what those pages read (rollups and one page
/// of events), never the whole table. Off with <c>ReaderCache:WarmUp=false</c>; skipped when the server has no
/// plain-HTTP address to ask (the test server, HTTPS only).
/// </summary>
public sealed class ReaderWarmup(IServer server, IHostApplicationLifetime lifetime, IConfiguration configuration, ILogger<ReaderWarmup> log) : IHostedService
{
    public static readonly string[] Paths = ["/", "/map"];
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the warm-up has asked for every path (or was skipped or turned off).</summary>
    public Task Done => _done.Task;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (configuration.GetValue("ReaderCache:WarmUp", true))
            lifetime.ApplicationStarted.Register(() => _ = Task.Run(async () =>
            {
                try { await WarmAsync(); }
                finally { _done.TrySetResult(); }
            }));
        else _done.TrySetResult();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task WarmAsync()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal));
        if (address is null) return;
        var uri = new UriBuilder(address);
        if (uri.Host is "0.0.0.0" or "[::]" or "::" or "*" or "+") uri.Host = "localhost";
        using var http = new HttpClient { BaseAddress = uri.Uri, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.TryAddWithoutValidation("Accept-Encoding", "gzip, br"); // what browsers ask for
        foreach (var path in Paths)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                using var response = await http.GetAsync(path, lifetime.ApplicationStopping);
                log.LogInformation("Warmed {Path}: {Status} in {Ms} ms", path, (int)response.StatusCode, clock.ElapsedMilliseconds);
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
            {
                log.LogWarning("Warming {Path} failed: {Message}", path, e.Message);
            }
        }
    }
}
