using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Data;
using TimelineApp.Dates;

namespace TimelineApp.Editing;

public sealed record ArticleChoice(int Id, string Outlet, string Headline, LocalDate Published)
{
    public string Label => $"{Outlet}, {PartialDate.Of(Published, DatePrecision.Day).Format()} — {Headline}";
}

/// <summary>The lists an editing form offers (types, articles, actor names) and the data its checks need.</summary>
public sealed class EditingLookups(IDbContextFactory<TimelineDb> dbFactory, IClock clock)
{
    public static readonly IReadOnlyList<string> CommonRoles = ["perpetrator", "target", "victim", "speaker", "participant", "critic", "supporter"];

    /// <summary>The types a form offers: those in use, and the event's own type even when it has been archived.</summary>
    public async Task<IReadOnlyList<EventType>> TypesAsync(string? keeping = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.EventTypes.AsNoTracking().Where(t => !t.IsArchived || t.Id == keeping).OrderBy(t => t.SortOrder).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<ArticleChoice>> ArticlesAsync(bool archived = false, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var list = await db.Articles.AsNoTracking().Where(a => a.IsArchived == archived)
            .Select(a => new ArticleChoice(a.Id, a.Outlet, a.Headline, a.PublishedDate)).ToListAsync(ct);
        return list.OrderByDescending(a => a.Published).ThenBy(a => a.Outlet).ToList();
    }

    public const int ActorMatches = 10;

    /// <summary>Actor names for the form's look-up: those starting with the text first, then any containing it; never more
    /// than <see cref="ActorMatches"/>, so the form never loads the whole actor table.</summary>
    public async Task<IReadOnlyList<string>> SearchActorNamesAsync(string? text, CancellationToken ct = default)
    {
        var q = (text ?? "").Trim();
        if (q.Length == 0) return [];
        var lower = q.ToLowerInvariant();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var names = await db.Actors.AsNoTracking().Where(a => a.Name.ToLower().Contains(lower))
            .OrderBy(a => a.Name.ToLower().StartsWith(lower) ? 0 : 1).ThenBy(a => a.Name).Select(a => a.Name)
            .Take(ActorMatches).ToListAsync(ct);
        return names;
    }

    public async Task<SourceArticle?> ArticleAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
    }

    public async Task<EditingReferenceData> ReferenceDataAsync(IEnumerable<int> articleIds, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await EditingData.ReferenceDataAsync(db, clock, articleIds, ct);
    }

    public async Task<IReadOnlyDictionary<int, string>> ArticleLabelsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await RevisionHistory.ArticleLabelsAsync(db, ct);
    }
}
