using Microsoft.EntityFrameworkCore;
using MudBlazor;
using TimelineApp.Data;
using TimelineApp.Editing.Lists;

namespace TimelineApp.Editing.SourceForms;

/// <summary>The editors' list of source articles, current or archived, one page at a time.</summary>
public sealed class SourceList(IDbContextFactory<TimelineDb> dbFactory)
{
    /// <summary>Named as the grid's columns (ArticleChoice's properties), ordered on the stored article.</summary>
    public static readonly SortColumns<SourceArticle> Columns = new SortColumns<SourceArticle>("Published", defaultDescending: true, "Id")
        .Add("Id", a => a.Id).Add("Published", a => a.PublishedDate).Add("Outlet", a => a.Outlet).Add("Headline", a => a.Headline);

    public async Task<GridData<ArticleChoice>> PageAsync(bool archived, ListRequest request, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Articles.AsNoTracking().Where(a => a.IsArchived == archived);
        if (request.Normalised().Filter?.ToLowerInvariant() is { } f)
            query = query.Where(a => a.Headline.ToLower().Contains(f) || a.Outlet.ToLower().Contains(f));
        return await ListPage.ReadAsync(query, request, Columns, a => new ArticleChoice(a.Id, a.Outlet, a.Headline, a.PublishedDate), ct);
    }
}
