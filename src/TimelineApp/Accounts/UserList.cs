using Microsoft.EntityFrameworkCore;
using MudBlazor;
using TimelineApp.Data;
using TimelineApp.Editing.Lists;

namespace TimelineApp.Accounts;

/// <summary>One user as the reviewers' list shows them.</summary>
public sealed class UserRow
{
    public required string Email { get; init; }
    public required IReadOnlyList<string> Roles { get; init; }
    public required bool TwoFactorEnabled { get; init; }
    public required DateTimeOffset? LockoutEnd { get; init; }
    public bool Disabled => LockoutEnd is { Year: >= 9999 };
}

/// <summary>The users, one page at a time, sorted and filtered by the database.</summary>
public sealed class UserList(IDbContextFactory<TimelineDb> dbFactory)
{
    public static readonly SortColumns<Microsoft.AspNetCore.Identity.IdentityUser> Columns =
        new SortColumns<Microsoft.AspNetCore.Identity.IdentityUser>("Email", defaultDescending: false, "Id")
            .Add("Id", u => u.Id).Add("Email", u => u.NormalizedEmail).Add("TwoFactorEnabled", u => u.TwoFactorEnabled);

    public async Task<GridData<UserRow>> PageAsync(ListRequest request, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Users.AsNoTracking();
        if (request.Normalised().Filter?.ToUpperInvariant() is { } f) query = query.Where(u => u.NormalizedEmail!.Contains(f));
        return await ListPage.ReadAsync(query, request, Columns, u => new UserRow
        {
            Email = u.Email ?? u.UserName ?? "",
            Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).OrderBy(n => n).ToList(),
            TwoFactorEnabled = u.TwoFactorEnabled,
            LockoutEnd = u.LockoutEnd,
        }, ct);
    }
}
