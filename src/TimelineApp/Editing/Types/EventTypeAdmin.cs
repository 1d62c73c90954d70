using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Accounts;
using TimelineApp.Data;
using TimelineApp.Events;

namespace TimelineApp.Editing.Types;

public sealed record TypeRow(EventType Type, int EventCount);

public sealed record TypeChange(bool Succeeded, string Message, IReadOnlyList<string> Problems)
{
    public static TypeChange Failed(string message, params IReadOnlyList<string> problems) => new(false, message, problems);
}

/// <summary>
/// The event-type taxonomy, kept by reviewers (checked here, not only by the pages): add, rename, recolour, reshape,
/// archive and restore. Types are never deleted; an archived type is not offered for new events and stays on its events.
/// </summary>
public sealed class EventTypeAdmin(IDbContextFactory<TimelineDb> dbFactory)
{
    private const int IdMax = 40;

    public async Task<EventType?> FindAsync(string id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.EventTypes.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct);
    }

    public async Task<TypeChange> AddAsync(TypeForm form, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!user.CanReview()) return Denied;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var types = await db.EventTypes.ToListAsync(ct);
        var problems = form.Problems(types.Select(t => t.Name));
        if (problems.Count > 0) return TypeChange.Failed("The type was not added:", problems);
        var stem = EventRules.Slugify(form.Name);
        stem = stem.Length > IdMax - 3 ? stem[..(IdMax - 3)].TrimEnd('-') : stem;
        var type = new EventType
        {
            Id = EditingData.FreeSlug(stem, types.Select(t => t.Id).ToHashSet()), Name = "", Color = "", Shape = "",
            SortOrder = types.Count == 0 ? 1 : types.Max(t => t.SortOrder) + 1,
        };
        form.ApplyTo(type);
        db.EventTypes.Add(type);
        await db.SaveChangesAsync(ct);
        return new(true, $"Added the type {type.Name} (id {type.Id}).", []);
    }

    public Task<TypeChange> UpdateAsync(string id, TypeForm form, ClaimsPrincipal user, CancellationToken ct = default) =>
        ChangeAsync(id, user, ct, (type, others) =>
        {
            var problems = form.Problems(others.Select(t => t.Name));
            if (problems.Count > 0) return TypeChange.Failed("Nothing was changed:", problems);
            form.ApplyTo(type);
            return new(true, $"Saved the type {type.Name}.", []);
        });

    public Task<TypeChange> SetArchivedAsync(string id, bool archived, ClaimsPrincipal user, CancellationToken ct = default) =>
        ChangeAsync(id, user, ct, (type, others) =>
        {
            if (archived && !others.Any(t => !t.IsArchived))
                return TypeChange.Failed("This is the last type in use; add another before archiving it.");
            type.IsArchived = archived;
            return new(true, archived
                ? $"Archived the type {type.Name}: it is no longer offered for new events; its events keep it."
                : $"Restored the type {type.Name}.", []);
        });

    private static readonly TypeChange Denied = TypeChange.Failed("Only reviewers can change the event types.");

    private async Task<TypeChange> ChangeAsync(string id, ClaimsPrincipal user, CancellationToken ct, Func<EventType, List<EventType>, TypeChange> change)
    {
        if (!user.CanReview()) return Denied;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var types = await db.EventTypes.ToListAsync(ct);
        if (types.SingleOrDefault(t => t.Id == id) is not { } type) return TypeChange.Failed($"There is no event type '{id}'.");
        var result = change(type, types.Where(t => t != type).ToList());
        if (result.Succeeded) await db.SaveChangesAsync(ct);
        return result;
    }
}
