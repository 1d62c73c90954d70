using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace TimelineApp.Caching;

/// <summary>
/// Readers' cacheable responses are compressed (Brotli or gzip, optimal level) inside the output cache, so a cache
/// entry holds the compressed bytes and every hit serves them as they are: the work is done once per entry and
/// encoding, not once per request. The cache key includes the encoding this request negotiates (see
/// <see cref="ReaderCacheSetup"/>), responses say <c>Vary: Accept-Encoding</c>, and a compressed response's entity
/// tag names its encoding (<c>"tag-br"</c>), because a strong tag belongs to one representation; a conditional request
/// with either form still answers 304 (<see cref="Export.ConditionalGet.IsNotModified"/>).
/// Only anonymous GET/HEAD requests that the readers' cache may store are compressed: those hold public data only, so
/// no secret is ever compressed next to a reader's input (BREACH).
/// </summary>
public static class ReaderCompression
{
    /// <summary>What readers' endpoints send besides the defaults (HTML, JSON, JavaScript, CSS, plain text, XML).</summary>
    private static readonly string[] MoreMimeTypes =
        ["text/csv", "application/geo+json", "text/calendar", "image/svg+xml", "application/problem+json"];

    public static void AddReaderCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true; // safe here: only public, cacheable answers pass through (see above)
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, .. MoreMimeTypes];
        });
        // Paid once per cache entry, not per request, so the smaller answer is worth the time: at the fastest level
        // Brotli made a year of map markers 2.0 MB against gzip's 1.3 MB; Optimal is Brotli's quality 4 and gzip's 6.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
    }

    /// <summary>The encoding this request will be answered in ("br", "gzip" or "identity"): part of the cache key.</summary>
    public static string Negotiated(HttpContext context)
    {
        var provider = context.RequestServices.GetRequiredService<IResponseCompressionProvider>();
        return provider.CheckRequestAcceptsCompression(context) ? provider.GetCompressionProvider(context)?.EncodingName ?? "identity" : "identity";
    }

    /// <summary>Inside the output cache: compresses what the cache is about to store for an anonymous reader.</summary>
    public static void UseReaderCompression(this IApplicationBuilder app)
    {
        app.UseWhen(IsStoredForReaders, branch =>
        {
            branch.Use(async (context, next) =>
            {
                var body = context.Response.Body;
                context.Response.Body = new EncodedTagStream(body, context.Response);
                try { await next(context); }
                finally { context.Response.Body = body; }
            });
            branch.UseResponseCompression();
        });
    }

    private static bool IsStoredForReaders(HttpContext context) =>
        context.Features.Get<IOutputCacheFeature>()?.Context is { AllowCacheStorage: true }
        && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.User.Identity?.IsAuthenticated != true;

    /// <summary>The tag this request's answer carries: renamed for the encoding when the answer is compressed.</summary>
    public static string TagForRequest(HttpContext context, string etag) =>
        IsStoredForReaders(context) && Negotiated(context) is not "identity" and var encoding ? TagFor(etag, encoding) : etag;

    /// <summary>"abc" becomes "abc-br" (W/ kept): the tag of the same content in another encoding.</summary>
    public static string TagFor(string etag, string encoding) =>
        etag.EndsWith('"') ? etag[..^1] + "-" + encoding + "\"" : etag;

    /// <summary>The quoted tag without the encoding suffix that <see cref="TagFor"/> added, if any.</summary>
    public static StringSegment WithoutEncoding(StringSegment quoted)
    {
        foreach (var suffix in (string[])["-br\"", "-gzip\""])
            if (quoted.Length > suffix.Length + 1 && quoted.EndsWith(suffix, StringComparison.Ordinal))
                return new StringSegment(quoted.Subsegment(0, quoted.Length - suffix.Length).Value + "\"");
        return quoted;
    }

    /// <summary>
    /// Sits between the compressor and the output cache: by the time compressed bytes first reach it, the compressor
    /// has set Content-Encoding, and the cache has not yet copied the headers, so the entity tag is renamed here.
    /// </summary>
    private sealed class EncodedTagStream(Stream inner, HttpResponse response) : Stream
    {
        private bool _checked;

        private void Check()
        {
            if (_checked) return;
            _checked = true;
            var encoding = response.Headers.ContentEncoding.ToString();
            if (encoding.Length > 0 && !StringValues.IsNullOrEmpty(response.Headers.ETag))
                response.Headers.ETag = TagFor(response.Headers.ETag.ToString(), encoding);
        }

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { Check(); inner.Flush(); }
        public override Task FlushAsync(CancellationToken cancellationToken) { Check(); return inner.FlushAsync(cancellationToken); }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) { Check(); inner.Write(buffer, offset, count); }
        public override void Write(ReadOnlySpan<byte> buffer) { Check(); inner.Write(buffer); }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Check();
            return inner.WriteAsync(buffer, offset, count, cancellationToken);
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Check();
            return inner.WriteAsync(buffer, cancellationToken);
        }
    }
}
