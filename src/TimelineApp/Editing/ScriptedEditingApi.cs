using Microsoft.AspNetCore.Antiforgery;
using TimelineApp.Accounts;
using TimelineApp.Common;

namespace TimelineApp.Editing;

/// <summary>
/// For scripted editing: POST /api/edit/events creates a draft from JSON (the event form's shape) and answers
/// 201 only after the transaction has committed. Editors and reviewers only (401/403 otherwise). The sign-in
/// cookie is SameSite=Lax, and each POST must also carry the antiforgery token from GET /api/edit/antiforgery in
/// the header it names, so another site cannot make a signed-in editor's browser write.
/// </summary>
public static class ScriptedEditingApi
{
    public const int MaxBodyBytes = 1024 * 1024;

    public static void MapScriptedEditing(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/edit").WithTags("Editing").RequireAuthorization(p => p.RequireRole(Roles.Editor, Roles.Reviewer));
        // Every /api/edit request: the server's body limit is lowered to MaxBodyBytes, chunked or not.
        api.AddEndpointFilter((context, next) =>
        {
            BoundedBody.Limit(context.HttpContext, MaxBodyBytes);
            return next(context);
        });
        api.MapGet("/antiforgery", (HttpContext http, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            return Results.Ok(new { headerName = tokens.HeaderName, token = tokens.RequestToken });
        }).WithName("getAntiforgeryToken").WithSummary("A token for the next writes, and the header to send it in; also sets its cookie.")
            .Produces<Api.OpenApi.AntiforgeryAnswer>();
        api.MapPost("/events", CreateAsync).WithMetadata(new RequireAntiforgeryTokenAttribute())
            .WithName("createEvent").WithSummary("Create a draft event from the event form's fields; 201 after the commit.")
            .WithMetadata(new Api.OpenApi.JsonBody(typeof(EventForm))).Produces<Api.OpenApi.CreatedDraftAnswer>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    private static async Task<IResult> CreateAsync(HttpContext http, EventEditor editor,
        Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken ct)
    {
        if (http.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
            return Problem(400, "Missing or expired antiforgery token: send the token from GET /api/edit/antiforgery in the header it names.");
        if (!http.Request.HasJsonContentType()) return Problem(415, "Send the event as JSON (Content-Type: application/json).");
        var body = await BoundedBody.ReadAsync(http, MaxBodyBytes, ct);
        if (body is null) return Problem(413, $"The body is larger than {MaxBodyBytes / 1024} KB; send one event per request.");
        if (body.Length == 0) return Problem(400, "The body is empty; send an event as JSON.");
        var read = JsonBody.Read<EventForm>(body, json.Value.SerializerOptions);
        if (!read.IsValid) return Results.ValidationProblem(read.Errors, title: "The body is not an event in JSON that this API can read; each problem names its field.");
        var form = read.Value!;
        if (form.Id is not null) return Problem(400, "This endpoint only creates new drafts; leave out id.");
        var result = await editor.SaveAsync(form, http.User, ct: ct);
        return result.Outcome switch
        {
            EditOutcome.Saved => Results.Created($"/edit/events/{result.EventId}", new { id = result.EventId, message = result.Message }),
            EditOutcome.Invalid => Results.ValidationProblem(result.Errors!.GroupBy(e => FieldPath(form, e)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                title: result.Message),
            EditOutcome.Denied => Problem(403, result.Message!),
            _ => Problem(409, result.Message ?? "The event could not be saved."),
        };
    }

    /// <summary>Where a problem is, as a JSON path into the body: "title", "place.latitude", "citations[1].claims[0].killedMin".</summary>
    private static string FieldPath(EventForm form, FormError e)
    {
        var field = e.Field.Length > 0 ? char.ToLowerInvariant(e.Field[0]) + e.Field[1..] : "";
        string At(string list, int index) => index < 0 ? list : $"{list}[{index}]";
        var owner = e.Model switch
        {
            PlaceForm => "place",
            ActorForm a => At("actors", form.Actors.IndexOf(a)),
            CitationForm c => At("citations", form.Citations.IndexOf(c)),
            ClaimForm k => form.Citations.Select((c, i) => (i, j: c.Claims.IndexOf(k))).FirstOrDefault(x => x.j >= 0) is { j: >= 0 } at
                ? $"citations[{at.i}].claims[{at.j}]" : "claims",
            _ => "",
        };
        return owner.Length == 0 ? field : field.Length == 0 ? owner : $"{owner}.{field}";
    }

    private static IResult Problem(int status, string detail) => Results.Problem(detail, statusCode: status);
}
