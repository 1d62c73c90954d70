using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace TimelineApp.Security;

/// <summary>
/// The site's public address, for every absolute link it writes (canonical link, og:url, oEmbed, embeds' links,
/// iCalendar UID/URL, the CSP's WebSocket origin, share links). It comes from <c>App:PublicUrl</c>; when that is empty
/// (development, tests) from the address the server listens on, a wildcard host read as localhost. Never from the
/// request's Host header, which any client can set: a cached page or export cannot be poisoned with another host.
/// </summary>
public sealed class PublicUrl(IConfiguration config, IServer? server = null)
{
    private string? _origin;

    /// <summary>"https://timeline.example.org" (or with a path base, "https://example.org/timeline"); no trailing slash.</summary>
    public string Origin => _origin ??= Resolve();

    /// <summary>"timeline.example.org" or "localhost:5000".</summary>
    public string Authority => new Uri(Origin).Authority;

    /// <summary>An absolute address for a site path such as "/events/derna" or "/map?type=airstrike".</summary>
    public string For(string pathAndQuery) => Origin + "/" + pathAndQuery.TrimStart('/');

    /// <summary>The public address of a page: a path ("/events/x"), an address of this app, or the current page when null.</summary>
    public string ForPage(Microsoft.AspNetCore.Components.NavigationManager nav, string? pathOrUri = null)
    {
        var absolute = nav.ToAbsoluteUri(pathOrUri ?? nav.Uri).AbsoluteUri;
        var relative = absolute.StartsWith(nav.BaseUri, StringComparison.Ordinal) ? nav.ToBaseRelativePath(absolute) : new Uri(absolute).PathAndQuery;
        return For(relative);
    }

    /// <summary>Whether an absolute address points at this site (same scheme family and authority).</summary>
    public bool IsOurs(Uri url) =>
        (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
        && string.Equals(url.Authority, Authority, StringComparison.OrdinalIgnoreCase);

    private string Resolve()
    {
        if (Parse(config["App:PublicUrl"]) is { } configured) return configured;
        var listening = server?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        return Parse(listening, wildcardToLocalhost: true) ?? "http://localhost";
    }

    /// <summary>"https://Example.org/timeline/" → "https://example.org/timeline"; null for anything that is not an http(s) address.</summary>
    public static string? Parse(string? text, bool wildcardToLocalhost = false)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim();
        if (wildcardToLocalhost)
            foreach (var wildcard in new[] { "://+", "://*", "://0.0.0.0", "://[::]" }) t = t.Replace(wildcard, "://localhost", StringComparison.Ordinal);
        if (!Uri.TryCreate(t, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
            return null;
        return $"{uri.Scheme}://{uri.Authority}{uri.AbsolutePath.TrimEnd('/')}";
    }
}
