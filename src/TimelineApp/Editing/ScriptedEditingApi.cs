using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using TimelineApp.Accounts;

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
        EventForm? form;
        try
        {
            form = body.Length == 0 ? null : JsonSerializer.Deserialize<EventForm>(body, json.Value.SerializerOptions);
        }
        catch (JsonException ex)
        {
            // The serializer's own message names our internal types; say where the problem is instead.
            var where = ex.Path is { Length: > 1 } path ? $"the value at {path}" : "the JSON";
            return Problem(400, $"The body is not an event in JSON: {where} (line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}) " +
                "cannot be read; check the spelling of names such as an actor's kind, and that numbers and dates are of the right type.");
        }
        if (form is null) return Problem(400, "The body is empty; send an event as JSON.");
        if (form.Id is not null) return Problem(400, "This endpoint only creates new drafts; leave out id.");
        var result = await editor.SaveAsync(form, http.User, ct: ct);
        return result.Outcome switch
        {
            EditOutcome.Saved => Results.Created($"/edit/events/{result.EventId}", new { id = result.EventId, message = result.Message }),
            EditOutcome.Invalid => Results.ValidationProblem(result.Errors!.GroupBy(Key).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                title: result.Message),
            EditOutcome.Denied => Problem(403, result.Message!),
            _ => Problem(409, result.Message ?? "The event could not be saved."),
        };
    }

    private static string Key(FormError e)
    {
        var field = e.Field.Length > 0 ? char.ToLowerInvariant(e.Field[0]) + e.Field[1..] : "";
        return e.Model switch
        {
            PlaceForm => "place." + field,
            ActorForm => "actors." + field,
            CitationForm => "citations." + field,
            ClaimForm => "claims." + field,
            _ => field,
        };
    }

    private static IResult Problem(int status, string detail) => Results.Problem(detail, statusCode: status);
}
