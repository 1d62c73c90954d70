using System.Security.Claims;

namespace TimelineApp.Accounts;

/// <summary>
/// The two signed-in roles. Readers are anonymous. A Reviewer can do everything an Editor can,
/// so editor pages and actions accept either role.
/// </summary>
public static class Roles
{
    public const string Editor = "Editor";
    public const string Reviewer = "Reviewer";
    /// <summary>For <c>[Authorize(Roles = ...)]</c> on pages every editor may use.</summary>
    public const string EditorOrReviewer = Editor + "," + Reviewer;

    public static readonly IReadOnlyList<string> All = [Editor, Reviewer];

    public static bool TryNormalize(string? text, out string role)
    {
        role = All.FirstOrDefault(r => string.Equals(r, text?.Trim(), StringComparison.OrdinalIgnoreCase)) ?? "";
        return role.Length > 0;
    }

    public static bool CanEdit(this ClaimsPrincipal user) => user.IsInRole(Editor) || user.IsInRole(Reviewer);

    public static bool CanReview(this ClaimsPrincipal user) => user.IsInRole(Reviewer);

    /// <summary>The name recorded in revisions ("who").</summary>
    public static string NameForHistory(this ClaimsPrincipal user) => user.Identity?.Name ?? "anonymous";
}
