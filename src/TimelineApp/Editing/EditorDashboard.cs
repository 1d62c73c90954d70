using Microsoft.EntityFrameworkCore;
using MudBlazor;
using NodaTime;
using TimelineApp.Data;
using TimelineApp.Editing.Lists;

namespace TimelineApp.Editing;

/// <summary>Which of the events an editor is looking at on the dashboard.</summary>
public enum DashboardView { All, PendingChanges, InReview, Drafts, Published, Archived }

/// <summary>One row: the event, and who last changed it when (for a pending change: who proposed it).</summary>
public sealed class DashboardItem
{
    public required int Key { get; init; }
    public required Event Event { get; init; }
    public required string By { get; init; }
    public required Instant At { get; init; }
}

/// <summary>The work in progress an editor or reviewer needs to see first, one page at a time.</summary>
public sealed class EditorDashboard(IDbContextFactory<TimelineDb> dbFactory)
{
    public static readonly SortColumns<DashboardItem> Columns = new SortColumns<DashboardItem>("At", defaultDescending: true, "Key")
        .Add("Key", x => x.Key).Add("Event.Title", x => x.Event.Title).Add("Event.StartDate", x => x.Event.StartDate).Add("Event.Status", x => x.Event.Status).Add("By", x => x.By).Add("At", x => x.At);

    public async Task<GridData<DashboardItem>> PageAsync(DashboardView view, ListRequest request, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = Query(db, view);
        if (request.Normalised().Filter is { } f)
        {
            var lower = f.ToLowerInvariant();
            query = query.Where(x => x.Event.Title.ToLower().Contains(lower));
        }
        return await ListPage.ReadAsync(query, request, Columns, ct);
    }

    public async Task<IReadOnlyDictionary<DashboardView, int>> CountsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var counts = new Dictionary<DashboardView, int>();
        foreach (var view in Enum.GetValues<DashboardView>()) counts[view] = await Query(db, view).CountAsync(ct);
        return counts;
    }

    private static IQueryable<DashboardItem> Query(TimelineDb db, DashboardView view)
    {
        var status = StatusOf(view);
        return view switch
        {
            DashboardView.PendingChanges => db.Revisions.AsNoTracking().Where(r => r.IsPending)
                .Join(db.Events.AsNoTracking(), r => r.EventId, e => e.Id, (r, e) => new DashboardItem { Key = r.Id, Event = e, By = r.By, At = r.At }),
            DashboardView.All => db.Events.AsNoTracking()
                .Select(e => new DashboardItem { Key = e.Id, Event = e, By = e.UpdatedBy, At = e.UpdatedAt }),
            _ => db.Events.AsNoTracking().Where(e => e.Status == status)
                .Select(e => new DashboardItem { Key = e.Id, Event = e, By = e.UpdatedBy, At = e.UpdatedAt }),
        };
    }

    private static EventStatus StatusOf(DashboardView view) => view switch
    {
        DashboardView.InReview => EventStatus.InReview,
        DashboardView.Drafts => EventStatus.Draft,
        DashboardView.Published => EventStatus.Published,
        _ => EventStatus.Archived,
    };
}
