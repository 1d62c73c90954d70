using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Data;

namespace TimelineApp.Tests.Infrastructure;

/// <summary>The real app on Kestrel at a free loopback port, for browser tests.</summary>
public sealed class LiveServer : IAsyncDisposable
{
    private readonly TempDatabase _db = new();
    private WebApplication? _app;

    public string BaseUrl { get; private set; } = "";
    public IServiceProvider Services => _app!.Services;

    public static async Task<LiveServer> StartAsync(params string[] extraArgs)
    {
        var server = new LiveServer();
        string[] args = ["--urls=http://127.0.0.1:0", $"--ConnectionStrings:Timeline={server._db.ConnectionString}", "--environment=Testing",
            "--RateLimits:SignInPerMinute=1000",
            // The start-up warm-up asks the server for pages by itself; a test that counts requests (rate limits) or
            // caches must not find two it did not make. ReaderWarmupTests turns it on.
            "--ReaderCache:WarmUp=false", .. extraArgs];
        server._app = AppHost.Build(args);
        await server._app.StartAsync();
        var addresses = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        server.BaseUrl = addresses.Addresses.First().TrimEnd('/');
        return server;
    }

    public TimelineDb CreateDb() => Services.GetRequiredService<IDbContextFactory<TimelineDb>>().CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        _db.Dispose();
    }
}
