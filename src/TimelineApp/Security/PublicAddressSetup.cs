using System.Net;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;

namespace TimelineApp.Security;

/// <summary>
/// Where the site is reached: <see cref="PublicUrl"/> (App:PublicUrl), AllowedHosts (restricted in appsettings.json; the
/// public URL's host is added to it), and forwarded headers from known proxies only (ForwardedHeaders:KnownProxies,
/// ForwardedHeaders:KnownNetworks), so rate limits see the real client address and the scheme is the one the browser used.
/// </summary>
public static class PublicAddressSetup
{
    public static void AddPublicAddress(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PublicUrl>();
        builder.Services.PostConfigure<HostFilteringOptions>(o =>
        {
            if (o.AllowedHosts.Contains("*") || PublicUrl.Parse(builder.Configuration["App:PublicUrl"]) is not { } url) return;
            var host = new Uri(url).Host;
            if (!o.AllowedHosts.Contains(host, StringComparer.OrdinalIgnoreCase)) o.AllowedHosts = [.. o.AllowedHosts, host];
        });
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // Only the proxies named in configuration are believed (none by default: then the headers are ignored).
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in List(builder.Configuration, "ForwardedHeaders:KnownProxies"))
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in List(builder.Configuration, "ForwardedHeaders:KnownNetworks"))
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
    }

    /// <summary>First in the pipeline when proxies are configured, so HSTS, Secure cookies and the rate limits see the client's view.</summary>
    public static void UseForwardedHeadersFromKnownProxies(this WebApplication app)
    {
        if (List(app.Configuration, "ForwardedHeaders:KnownProxies").Count + List(app.Configuration, "ForwardedHeaders:KnownNetworks").Count > 0)
            app.UseForwardedHeaders();
    }

    /// <summary>A list given as JSON array or as "a;b" / "a,b" text (command line, environment variables).</summary>
    private static List<string> List(IConfiguration config, string key)
    {
        var section = config.GetSection(key);
        var items = section.GetChildren().Select(c => c.Value).ToList();
        if (section.Value is { } text) items.AddRange(text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return items.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList();
    }
}
