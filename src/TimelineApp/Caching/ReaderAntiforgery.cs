using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.OutputCaching;

namespace TimelineApp.Caching;

/// <summary>
/// Blazor asks for antiforgery tokens on every page once the app has interactive render modes, and storing them sets a
/// cookie and "no-store", which keeps the page out of the output cache. Reader pages post no forms, so for an anonymous
/// GET of a page cached for readers the tokens are made without being stored; every other request is unchanged.
/// </summary>
internal sealed class ReaderAntiforgery(IAntiforgery inner) : IAntiforgery
{
    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) =>
        IsReaderPage(httpContext) ? inner.GetTokens(httpContext) : inner.GetAndStoreTokens(httpContext);

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => inner.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);

    private static bool IsReaderPage(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.User.Identity?.IsAuthenticated != true
        && context.GetEndpoint()?.Metadata.GetMetadata<OutputCacheAttribute>()?.PolicyName == ReaderCache.Policy;

    /// <summary>Wraps the registered <see cref="IAntiforgery"/> (call after AddAntiforgery).</summary>
    public static void Decorate(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(IAntiforgery));
        services.Remove(original);
        services.AddSingleton<IAntiforgery>(sp => new ReaderAntiforgery(original.ImplementationFactory is { } f ? (IAntiforgery)f(sp)
            : original.ImplementationInstance as IAntiforgery ?? (IAntiforgery)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!)));
    }
}
