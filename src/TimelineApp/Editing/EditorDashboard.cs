using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Data;

namespace TimelineApp.Editing;

public sealed record DashboardItem(int Id, string Title, string DateText, string By, Instant At);

public sealed record DashboardLists(
    IReadOnlyList<DashboardItem> Drafts, IReadOnlyList<DashboardItem> InReview, IReadOnlyList<DashboardItem> PendingChanges,
    IReadOnlyList<DashboardItem> RecentlyPublished, IReadOnlyList<DashboardItem> Archived);

/// <summary>The work in progress an editor or reviewer needs to see first.</summary>
public sealed class EditorDashboard(IDbContextFactory<TimelineDb> dbFactory)
{
    public const int ListSize = 50;

    public async Task<DashboardLists> LoadAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        async Task<IReadOnlyList<DashboardItem>> ByStatus(EventStatus status) => Items(await db.Events.AsNoTracking()
            .Where(e => e.Status == status).OrderByDescending(e => e.UpdatedAt).Take(ListSize).ToListAsync(ct));
        var pending = await db.Revisions.AsNoTracking().Where(r => r.IsPending)
            .Join(db.Events, r => r.EventId, e => e.Id, (r, e) => new { e, r.By, r.At })
            .OrderByDescending(x => x.At).Take(ListSize).ToListAsync(ct);
        return new DashboardLists(
            await ByStatus(EventStatus.Draft), await ByStatus(EventStatus.InReview),
            pending.Select(x => new DashboardItem(x.e.Id, x.e.Title, x.e.Dates.Format(), x.By, x.At)).ToList(),
            await ByStatus(EventStatus.Published), await ByStatus(EventStatus.Archived));
    }

    private static List<DashboardItem> Items(IEnumerable<Event> events) =>
        events.Select(e => new DashboardItem(e.Id, e.Title, e.Dates.Format(), e.UpdatedBy, e.UpdatedAt)).ToList();
}
