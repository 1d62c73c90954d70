using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TimelineApp.Accounts;
using TimelineApp.Common;
using TimelineApp.Data;
using TimelineApp.Editing;

namespace TimelineApp.Capture;

/// <summary>
/// The scripted capture API, for editors and reviewers, each write with the antiforgery header as POST /api/edit/events:
/// POST /api/edit/sources/capture {"url"}, POST /api/edit/sources/upload (multipart: url, file) and GET /api/edit/sources/{id}.
/// </summary>
/// <summary>The body of POST /api/edit/sources/capture.</summary>
public sealed record CaptureRequest
{
    public required string Url { get; init; }
}

public static class CaptureApi
{
    private const int MaxJsonBytes = 16 * 1024;

    public static void MapCaptureApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/edit/sources").WithTags("Sources").RequireAuthorization(p => p.RequireRole(Roles.Editor, Roles.Reviewer));
        api.MapPost("/capture", CaptureAsync).WithMetadata(new RequireAntiforgeryTokenAttribute()).WithName("CaptureSource")
            .WithSummary("Fetch a page by its address, keep its exact bytes with their SHA-256, and extract the article; capturing an address again adds a capture to the same source.");
        api.MapPost("/upload", UploadAsync).WithMetadata(new RequireAntiforgeryTokenAttribute()).WithName("UploadSourceCopy")
            .WithSummary("Upload a saved copy (HTML or PDF, multipart fields url and file) of a page the site refuses to serve to scripts; kept and extracted like a capture.");
        api.MapGet("/{id:int}", async (int id, IDbContextFactory<TimelineDb> dbFactory, CancellationToken ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            return await SourceJson.LoadAsync(db, id, withHistory: true, ct) is { } json ? Results.Ok(json) : Problem(404, $"Source {id} does not exist.");
        }).WithName("GetEditedSource").WithSummary("A source with its link status and every capture, oldest first.");
    }

    private static async Task<IResult> CaptureAsync(HttpContext http, CaptureService capture, IDbContextFactory<TimelineDb> dbFactory,
        IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken ct)
    {
        if (AntiforgeryProblem(http) is { } bad) return bad;
        if (!http.Request.HasJsonContentType()) return Problem(415, "Send {\"url\": \"https://…\"} as JSON (Content-Type: application/json).");
        BoundedBody.Limit(http, MaxJsonBytes);
        var body = await BoundedBody.ReadAsync(http, MaxJsonBytes, ct);
        if (body is null) return Problem(413, "The body is too large; send only {\"url\": \"…\"}.");
        if (body.Length == 0) return Problem(400, "The body is empty; send {\"url\": \"https://…\"}.");
        var read = JsonBody.Read<CaptureRequest>(body, json.Value.SerializerOptions);
        if (!read.IsValid) return Results.ValidationProblem(read.Errors, title: "Send {\"url\": \"https://…\"}; each problem names its field.");
        return await RunAsync(http, dbFactory, () => capture.FetchAsync(read.Value!.Url, ct), capture, ct);
    }

    private static async Task<IResult> UploadAsync(HttpContext http, CaptureService capture, IDbContextFactory<TimelineDb> dbFactory,
        IOptions<CaptureOptions> options, CancellationToken ct)
    {
        if (AntiforgeryProblem(http) is { } bad) return bad;
        if (!http.Request.HasFormContentType) return Problem(415, "Send the saved copy as multipart/form-data with the fields url and file.");
        BoundedBody.Limit(http, options.Value.MaxBytes + 64 * 1024);
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            return Problem(413, $"The upload is too large or malformed: at most {options.Value.MaxBytes / (1024 * 1024)} MB.");
        }
        if (form.Files.GetFile("file") is not { } file) return Problem(400, "Attach the saved copy (HTML or PDF) as the field 'file'.");
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        return await RunAsync(http, dbFactory, () => Task.FromResult(capture.FromUpload(form["url"], file.ContentType, bytes)), capture, ct);
    }

    private static async Task<IResult> RunAsync(HttpContext http, IDbContextFactory<TimelineDb> dbFactory, Func<Task<PendingCapture>> take,
        CaptureService capture, CancellationToken ct)
    {
        PendingCapture pending;
        try
        {
            pending = await take();
        }
        catch (CaptureRefusedException refused)
        {
            return Problem(400, refused.Message);
        }
        var (outcome, refusal) = await capture.SaveAsync(pending, http.User, ct);
        if (outcome is null)
        {
            return refusal!.Outcome switch
            {
                EditOutcome.Denied => Problem(403, refusal.Message!),
                EditOutcome.Invalid => Results.ValidationProblem(refusal.Errors!.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                    title: "The captured article cannot be saved as a source: " + refusal.Message),
                _ => Problem(409, refusal.Message ?? "The source could not be saved."),
            };
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var json = await SourceJson.LoadAsync(db, outcome.ArticleId, withHistory: false, ct);
        return Results.Created($"/api/edit/sources/{outcome.ArticleId}", json! with { Capture = CaptureJson.From(outcome.Capture) });
    }

    private static IResult? AntiforgeryProblem(HttpContext http) => http.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false }
        ? Problem(400, "Missing or expired antiforgery token: send the token from GET /api/edit/antiforgery in the header it names.")
        : null;

    private static IResult Problem(int status, string detail) => Results.Problem(detail, statusCode: status);
}
