using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TimelineApp.Tests.Browser;

/// <summary>
/// A stand-in for a report on another site: a second loopback server (another origin than the app) serving one page
/// of iframes. A real server rather than a routed fake, because Chromium's local-network checks block a page it
/// considers public from framing a loopback address.
/// </summary>
public sealed class ReportHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    public string Url { get; }

    private ReportHost(WebApplication app, string url) => (_app, Url) = (app, url);

    public static async Task<ReportHost> StartAsync(IEnumerable<(string Title, string Src)> frames)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var iframes = string.Concat(frames.Select(f => $"<iframe title=\"{f.Title}\" src=\"{f.Src}\" width=\"600\" height=\"400\"></iframe>"));
        app.MapGet("/report", () => Results.Content($"<!DOCTYPE html><html lang=\"en\"><title>Report</title><h1>My report</h1>{iframes}</html>", "text/html"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ReportHost(app, address.TrimEnd('/') + "/report");
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
