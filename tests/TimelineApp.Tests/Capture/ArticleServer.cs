using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TimelineApp.Tests.Capture;

/// <summary>What the article server answers at one path; a page can be changed or removed while a test runs.</summary>
public sealed record ServedPage(int Status, string ContentType, byte[] Body, string? Location = null, TimeSpan Delay = default, bool Chunked = false);

/// <summary>A real HTTP server on loopback (Kestrel, a free port) serving article pages the tests set up.</summary>
public sealed class ArticleServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ServedPage> _pages = new();
    public ConcurrentDictionary<string, int> Hits { get; } = new();

    private ArticleServer(WebApplication app) => _app = app;

    public string Origin { get; private set; } = "";

    public static async Task<ArticleServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new ArticleServer(app);
        app.Run(server.ServeAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Origin = address.TrimEnd('/');
        return server;
    }

    public string Url(string path) => Origin + path;

    public string Set(string path, ServedPage page)
    {
        _pages[path] = page;
        return Url(path);
    }

    public string Html(string path, string html) => Set(path, new ServedPage(200, "text/html; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(html)));

    private async Task ServeAsync(HttpContext http)
    {
        var path = http.Request.Path.Value ?? "/";
        Hits.AddOrUpdate(path, 1, (_, n) => n + 1);
        if (!_pages.TryGetValue(path, out var page))
        {
            http.Response.StatusCode = 404;
            return;
        }
        if (page.Delay > TimeSpan.Zero) await Task.Delay(page.Delay, http.RequestAborted);
        http.Response.StatusCode = page.Status;
        http.Response.ContentType = page.ContentType;
        if (page.Location is not null) http.Response.Headers.Location = page.Location;
        if (!page.Chunked) http.Response.ContentLength = page.Body.Length;
        await http.Response.Body.WriteAsync(page.Body, http.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
