using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace TimelineApp.Api.OpenApi;

/// <summary>The document's title and introduction, its tags, and the two security schemes of the editing API.</summary>
public sealed class ApiDocumentTransformer(IOptionsMonitor<CookieAuthenticationOptions> cookies, IOptions<AntiforgeryOptions> antiforgery)
    : IOpenApiDocumentTransformer
{
    public const string CookieScheme = "signInCookie";
    public const string AntiforgeryScheme = "antiforgeryHeader";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Info = new OpenApiInfo
        {
            Title = "TimelineApp API",
            Version = "v1",
            Description = """
                Published events of the timeline, as JSON: list and filter them (`/api/events`), read one (`/api/events/{slug}`),
                the event types, the time axis and the map's markers. Readers need no account; every public endpoint is limited
                per client address and minute, and answers 429 with `Retry-After` past the limit.

                Scripts of editors and reviewers create drafts with `POST /api/edit/events`: sign in with the form at
                `/account/login` (the answer sets the sign-in cookie), then `GET /api/edit/antiforgery` and send its token in
                the header it names with every POST. Bad input answers 400 with a problem-details body naming each field.
                """,
        };
        document.Tags = new HashSet<OpenApiTag>
        {
            new() { Name = "Events", Description = "Published events, filtered, paged and chronological." },
            new() { Name = "Axis", Description = "Marks and clusters for the zoomable time axis." },
            new() { Name = "Map", Description = "The map's markers as GeoJSON." },
            new() { Name = "Places", Description = "The offline gazetteer (GeoNames) used by the editors' place look-up." },
            new() { Name = "Editing", Description = "Scripted editing: signed-in editors and reviewers only." },
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [CookieScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = cookies.Get(IdentityConstants.ApplicationScheme).Cookie.Name,
                Description = "The sign-in cookie (HttpOnly, SameSite=Lax) set by signing in at /account/login as an editor or reviewer.",
            },
            [AntiforgeryScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = antiforgery.Value.HeaderName,
                Description = "The token from GET /api/edit/antiforgery (which also sets its cookie), required on every write.",
            },
        };
        return Task.CompletedTask;
    }
}
