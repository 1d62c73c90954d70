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
    /// </summary>
    public static bool IsNotModified(HttpRequest request, string etag)
    {
        if (!EntityTagHeaderValue.TryParse(etag, out var current)) return false;
        if (!EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)) return false;
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));
    }
}
