using Microsoft.Net.Http.Headers;
using NodaTime;

namespace TimelineApp.Export;

/// <summary>Cache validators for generated responses (exports and embeds): ETag, Last-Modified, a short public max-age, 304.</summary>
public static class ConditionalGet
{
    public const string CacheControl = "public, max-age=60";

    public static void SetValidators(HttpResponse response, string etag, Instant? lastModified)
    {
        response.Headers.ETag = etag;
        response.Headers.CacheControl = CacheControl;
        if (lastModified is { } last)
            response.Headers.LastModified = HeaderUtilities.FormatDate(last.ToDateTimeOffset());
    }

    /// <summary>
    /// True when the client's If-None-Match already names this tag (weak comparison, as RFC 9110 prescribes for it).
    /// If-Modified-Since is not honoured: an event leaving the selection changes the content without a newer date.
    /// A tag the readers' compression renamed for its encoding (<c>"tag-br"</c>) names the same content, so it matches
    /// too; the 304 then carries the tag of the encoding this request would get, as the 200 would have.
    /// </summary>
    public static bool IsNotModified(HttpRequest request, string etag)
    {
        if (!EntityTagHeaderValue.TryParse(etag, out var current)) return false;
        if (!EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)) return false;
        var match = tags.Any(t => t.Equals(EntityTagHeaderValue.Any)
            || new EntityTagHeaderValue(Caching.ReaderCompression.WithoutEncoding(t.Tag), t.IsWeak).Compare(current, useStrongComparison: false));
        if (match) request.HttpContext.Response.Headers.ETag = Caching.ReaderCompression.TagForRequest(request.HttpContext, etag);
        return match;
    }
}
