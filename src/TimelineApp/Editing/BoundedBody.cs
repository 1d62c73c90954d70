using Microsoft.AspNetCore.Http.Features;

namespace TimelineApp.Editing;

/// <summary>
/// Reads a request body no larger than the request's MaxRequestBodySize, whatever its framing: Content-Length is
/// checked first, and a chunked body is counted as it is read, so a body past the limit is refused with 413 once the
/// limit is crossed rather than buffered whole.
/// </summary>
public static class BoundedBody
{
    /// <summary>Lowers the request's MaxRequestBodySize to <paramref name="limit"/> (Kestrel then enforces it too).</summary>
    public static void Limit(HttpContext http, long limit)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature
            && (feature.MaxRequestBodySize is null || feature.MaxRequestBodySize > limit))
            feature.MaxRequestBodySize = limit;
    }

    /// <returns>The body, or null when it is larger than the request's limit.</returns>
    public static async Task<byte[]?> ReadAsync(HttpContext http, long fallbackLimit, CancellationToken ct)
    {
        var limit = http.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? fallbackLimit;
        if (http.Request.ContentLength > limit) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > limit) return null;
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        return buffer.ToArray();
    }
}
