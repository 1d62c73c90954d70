using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;
using TimelineApp.Events;

namespace TimelineApp.Editing;

/// <summary>
/// An event's address is settled when it is first published. Until then its slug is provisional: a draft (or an
/// archived draft) that was never published holds no permalink, so it gives its slug up to the event being published.
/// Published and once-published events, and old addresses kept as aliases, never change: their links stay valid.
/// </summary>
internal static class PublishedSlugs
{
    /// <summary>Gives <paramref name="e"/> (about to be published for the first time) the slug its title asks for.</summary>
    public static async Task SettleAsync(TimelineDb db, Event e, CancellationToken ct)
    {
        if (await EverPublishedAsync(db, e.Id, ct)) return;
        var stem = EventRules.Slugify(e.Title);
        var holders = await db.Events.Where(x => x.Id != e.Id && (x.Slug == stem || x.Slug.StartsWith(stem + "-")))
            .Select(x => new { x.Id, x.Slug, x.Status }).ToListAsync(ct);
        var kept = new HashSet<string>(await db.SlugAliases.Where(a => a.Slug == stem || a.Slug.StartsWith(stem + "-")).Select(a => a.Slug).ToListAsync(ct));
        foreach (var h in holders)
            if (await EverPublishedAsync(db, h.Id, ct)) kept.Add(h.Slug);
        var wanted = EditingData.FreeSlug(stem, kept);
        if (wanted == e.Slug) return;
        if (holders.FirstOrDefault(h => h.Slug == wanted) is { } provisional)
        {
            var all = holders.Select(h => h.Slug).Append(e.Slug).Concat(kept).ToHashSet();
            var moved = EditingData.FreeSlug(wanted + "-unpublished", all);
            // Saved on its own first: the unique index on Slug is checked row by row.
            await db.Events.Where(x => x.Id == provisional.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Slug, moved), ct);
        }
        e.Slug = wanted;
    }

    /// <summary>Published now, or some revision recorded it as published (a later archive keeps its address reserved).</summary>
    private static async Task<bool> EverPublishedAsync(TimelineDb db, int id, CancellationToken ct)
    {
        if (await db.Events.AnyAsync(x => x.Id == id && x.Status == EventStatus.Published, ct)) return true;
        var snapshots = await db.Revisions.AsNoTracking().Where(r => r.EventId == id && !r.IsPending).Select(r => r.Snapshot).ToListAsync(ct);
        return snapshots.Any(s => EditSnapshot.ReadDto(s)?.Status == "published");
    }
}
