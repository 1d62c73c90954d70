using Microsoft.EntityFrameworkCore;
using MudBlazor;
using TimelineApp.Data;
using TimelineApp.Editing.Lists;

namespace TimelineApp.Editing.Types;

/// <summary>The event types with how many events use each, one page at a time, sorted and filtered by the database.</summary>
public sealed class TypeList(IDbContextFactory<TimelineDb> dbFactory)
{
    /// <summary>Named as the grid's columns (TypeRow's property paths); the default keeps types in use first, in their own order.</summary>
    public static readonly SortColumns<EventType> Columns = new SortColumns<EventType>("Type.SortOrder", defaultDescending: false, "Type.Id")
        .Add("Type.Id", t => t.Id).Add("Type.SortOrder", t => t.IsArchived ? t.SortOrder + 1_000_000 : t.SortOrder)
        .Add("Type.Name", t => t.Name).Add("Type.IsArchived", t => t.IsArchived);

    public async Task<GridData<TypeRow>> PageAsync(ListRequest request, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.EventTypes.AsNoTracking();
        if (request.Normalised().Filter?.ToLowerInvariant() is { } f) query = query.Where(t => t.Name.ToLower().Contains(f) || t.Id.Contains(f));
        return await ListPage.ReadAsync(query, request, Columns, t => new TypeRow(t, db.Events.Count(e => e.TypeId == t.Id)), ct);
    }
}
