using Microsoft.AspNetCore.Http.HttpResults;

namespace TimelineApp.Embed;

/// <summary>Embed pages are rendered as static HTML by a plain endpoint: no router, no interactive circuit, no Blazor script.</summary>
public static class EmbedPages
{
    public static IResult Page<TComponent>(Dictionary<string, object?> parameters, int status = StatusCodes.Status200OK)
        where TComponent : Microsoft.AspNetCore.Components.IComponent =>
        new RazorComponentResult<TComponent>(parameters) { StatusCode = status, ContentType = "text/html; charset=utf-8" };

    public static IResult Message(string title, IReadOnlyList<string> lines, int status) =>
        Page<EmbedMessage>(new() { [nameof(EmbedMessage.Title)] = title, [nameof(EmbedMessage.Lines)] = lines }, status);
}
