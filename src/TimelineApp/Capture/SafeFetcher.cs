using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace TimelineApp.Capture;

/// <summary>What one fetch received: the addresses, every redirect, the final answer's status, type and exact bytes.</summary>
public sealed record FetchResult(Uri RequestedUrl, Uri FinalUrl, int Status, string ContentType,
    IReadOnlyList<string> Redirects, byte[] Body, TimeSpan Elapsed)
{
    public bool IsSuccess => Status is >= 200 and < 300;
}

/// <summary>
/// Fetches a user-given address without letting it reach the server's own network: the address check happens in
/// the connect callback, after DNS and on the very IP connected to (so a name that later resolves elsewhere, and
/// every redirect hop, are checked too). Redirects are followed by hand, at most <see cref="CaptureOptions.MaxRedirects"/>;
/// only http and https; the body is read up to the size limit and abandoned past it; the whole fetch has one deadline.
/// </summary>
public sealed class SafeFetcher : IDisposable
{
    private readonly CaptureOptions _options;
    private readonly HttpClient _client;

    public SafeFetcher(IOptions<CaptureOptions> options)
    {
        _options = options.Value;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            UseCookies = false,
            UseProxy = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public async Task<FetchResult> FetchAsync(Uri url, CancellationToken ct = default)
    {
        var clock = Stopwatch.StartNew();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        var redirects = new List<string>();
        var current = CheckScheme(url);
        try
        {
            while (true)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.UserAgent.ParseAdd(_options.UserAgent);
                request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.5");
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
                var status = (int)response.StatusCode;
                if (status is 301 or 302 or 303 or 307 or 308 && response.Headers.Location is { } location)
                {
                    var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                    redirects.Add($"{status} {next.AbsoluteUri}");
                    if (redirects.Count > _options.MaxRedirects)
                        throw new CaptureRefusedException($"The address redirects more than {_options.MaxRedirects} times; nothing was captured.");
                    current = CheckScheme(next);
                    continue;
                }
                var body = await ReadBoundedAsync(response, deadline.Token);
                var type = response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream";
                return new FetchResult(url, current, status, type, redirects, body, clock.Elapsed);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new CaptureRefusedException($"The page did not arrive within {_options.TimeoutSeconds:0.#} s; nothing was captured.", CaptureFailure.Timeout);
        }
        catch (HttpRequestException ex) when (ex.InnerException is CaptureRefusedException refused)
        {
            throw refused;
        }
        catch (HttpRequestException ex) when (ex.InnerException is SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData })
        {
            throw new CaptureRefusedException($"The host {current.Host} does not exist (DNS found no address).", CaptureFailure.NotFound);
        }
        catch (HttpRequestException ex)
        {
            throw new CaptureRefusedException($"Could not reach {current.Host}: {ex.Message}", CaptureFailure.Unreachable);
        }
    }

    private static Uri CheckScheme(Uri url) => url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps
        ? url
        : throw new CaptureRefusedException($"Only http and https addresses can be captured, not {url.Scheme}:.");

    private async Task<byte[]> ReadBoundedAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var limit = _options.MaxBytes;
        if (response.Content.Headers.ContentLength > limit) throw TooLarge();
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit) throw TooLarge();
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private CaptureRefusedException TooLarge() =>
        new($"The page is larger than {_options.MaxBytes / (1024 * 1024.0):0.#} MB; nothing was captured. Upload a saved copy instead if it is needed.");

    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        var allowed = _options.AllowPrivateAddresses ? addresses
            : addresses.Where(a => AddressPolicy.WhyRefused(a) is null || AddressPolicy.InAnyNetwork(a, _options.AllowedNetworks)).ToArray();
        if (allowed.Length == 0)
        {
            var first = addresses.FirstOrDefault();
            var why = first is null ? "no address" : $"{first}, {AddressPolicy.WhyRefused(first)}";
            throw new CaptureRefusedException($"Refused: {host} resolves to {why}. The app only captures from public internet addresses.");
        }
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public void Dispose() => _client.Dispose();
}
