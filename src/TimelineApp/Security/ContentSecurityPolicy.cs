using System.Text.RegularExpressions;

namespace TimelineApp.Security;

/// <summary>
/// The Content-Security-Policy of our HTML. Scripts only from our origin: Blazor Server's blazor.web.js, MudBlazor's
/// script and our modules need neither inline script nor eval ('unsafe-eval' / 'wasm-unsafe-eval' are for
/// WebAssembly). Inline styles are allowed because Blazor and MudBlazor set style attributes. Images may also come
/// from the optional online tile host (Map:TileUrlTemplate); the circuit's WebSocket goes to our own host.
/// </summary>
public static partial class ContentSecurityPolicy
{
    public static string For(string frameAncestors, string? host, string? tileOrigin)
    {
        var sockets = host is not null && HostPattern().IsMatch(host) ? $" ws://{host} wss://{host}" : "";
        var images = tileOrigin is null ? "" : " " + tileOrigin;
        return "default-src 'self'; base-uri 'self'; object-src 'none'; form-action 'self'; script-src 'self'; "
            + $"style-src 'self' 'unsafe-inline'; img-src 'self' data:{images}; font-src 'self'; connect-src 'self'{sockets}; "
            + $"frame-ancestors {frameAncestors}";
    }

    /// <summary>For SVG opened as a document: it may draw and style itself, nothing more.</summary>
    public const string Svg = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'";

    /// <summary>"https://tile.example.org" from "https://{s}.tile.example.org/{z}/{x}/{y}.png" (a subdomain template becomes a wildcard).</summary>
    public static string? OriginOf(string? urlTemplate)
    {
        if (string.IsNullOrWhiteSpace(urlTemplate)) return null;
        var m = TemplateOrigin().Match(urlTemplate.Trim());
        return m.Success ? $"{m.Groups["scheme"].Value}://{m.Groups["host"].Value.Replace("{s}", "*")}" : null;
    }

    [GeneratedRegex(@"^[A-Za-z0-9.\-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$")]
    private static partial Regex HostPattern();

    [GeneratedRegex(@"^(?<scheme>https?)://(?<host>(?:\{s\}\.)?[A-Za-z0-9.\-]+(?::\d{1,5})?)(?:/|$)")]
    private static partial Regex TemplateOrigin();
}
