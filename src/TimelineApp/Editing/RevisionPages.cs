using Microsoft.EntityFrameworkCore;
using MudBlazor;
using TimelineApp.Editing.Lists;

namespace TimelineApp.Editing;

/// <summary>
/// One page of a revision history (an event's or an article's), newest first, read from the database. A diff needs the
/// applied revision before it, so besides the page's rows this reads the one applied revision just older than the
/// page's oldest row: every diff on the page is the same as when the whole history is read at once.
/// </summary>
public static class RevisionPages
{
    /// <param name="newestFirst">All of one item's revisions, newest first.</param>
    /// <param name="appliedBefore">The newest applied (not proposed) revision older than the given number, if any.</param>
    /// <param name="diff">Diffs revisions given oldest first and returns them newest first.</param>
    public static async Task<GridData<RevisionEntry>> ReadAsync<TRevision>(IQueryable<TRevision> newestFirst, Func<TRevision, int> numberOf,
        Func<int, Task<TRevision?>> appliedBefore, Func<IReadOnlyList<TRevision>, IEnumerable<RevisionEntry>> diff, ListRequest request, CancellationToken ct)
        where TRevision : class
    {
        var r = request.Normalised();
        var total = await newestFirst.CountAsync(ct);
        if (total == 0) return new GridData<RevisionEntry> { Items = [], TotalItems = 0 };
        var page = Math.Min(r.Page, (total - 1) / r.PageSize);
        var rows = await newestFirst.Skip(page * r.PageSize).Take(r.PageSize).ToListAsync(ct);
        var latest = page == 0 ? numberOf(rows[0]) : numberOf(await newestFirst.FirstAsync(ct));
        var oldest = numberOf(rows[^1]);
        var oldestFirst = rows.AsEnumerable().Reverse().ToList();
        if (await appliedBefore(oldest) is { } before) oldestFirst.Insert(0, before);
        var entries = diff(oldestFirst).Where(e => e.Number >= oldest).Select(e => e with { IsLatest = e.Number == latest }).ToList();
        return new GridData<RevisionEntry> { Items = entries, TotalItems = total };
    }
}
