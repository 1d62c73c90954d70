namespace TimelineApp.Api.OpenApi;

// The shapes of answers that their handlers write as anonymous objects, named for the document only.

/// <summary>GET /api/edit/antiforgery: send <see cref="Token"/> in the header named <see cref="HeaderName"/>.</summary>
public sealed record AntiforgeryAnswer(string HeaderName, string Token);

/// <summary>POST /api/edit/events (201): the new draft's id, also in Location as /edit/events/{id}.</summary>
public sealed record CreatedDraftAnswer(int Id, string Message);
