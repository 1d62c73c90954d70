using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using MudBlazor;

namespace TimelineApp.Editing.Lists;

/// <summary>Counts, sorts and pages a list in the database: only one page of rows is ever read.</summary>
public static class ListPage
{
    public static Task<GridData<T>> ReadAsync<T>(IQueryable<T> filtered, ListRequest request, SortColumns<T> columns, CancellationToken ct = default) =>
        ReadAsync(filtered, request, columns, x => x, ct);

    /// <summary>Sorts the rows as stored, then turns only the page's rows into what the grid shows.</summary>
    public static async Task<GridData<TRow>> ReadAsync<TSource, TRow>(IQueryable<TSource> filtered, ListRequest request, SortColumns<TSource> columns,
        Expression<Func<TSource, TRow>> select, CancellationToken ct = default)
    {
        var r = request.Normalised();
        var total = await filtered.CountAsync(ct);
        var page = Math.Min(r.Page, Math.Max(0, (total - 1) / r.PageSize));
        var items = await columns.Apply(filtered, r.SortBy, r.Descending).Skip(page * r.PageSize).Take(r.PageSize).Select(select).ToListAsync(ct);
        return new GridData<TRow> { Items = items, TotalItems = total };
    }
}
