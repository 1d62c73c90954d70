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

    public const int ActorMatches = 20;

    /// <summary>
    /// Look-up for the actor field: at most <see cref="ActorMatches"/> names, those starting with what was typed first,
    /// then those containing it. The form never receives the whole shared list, so its cost does not grow with it.
    /// </summary>
    public async Task<IReadOnlyList<string>> ActorNamesAsync(string? typed, int limit = ActorMatches, CancellationToken ct = default)
    {
        var text = (typed ?? "").Trim();
        if (text.Length > 200) text = text[..200];
        limit = Math.Clamp(limit, 1, ActorMatches);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var actors = db.Actors.AsNoTracking();
        if (text.Length == 0) return await actors.OrderBy(a => a.Name).Select(a => a.Name).Take(limit).ToListAsync(ct);
        var pattern = text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
        var starting = await actors.Where(a => EF.Functions.Like(a.Name, pattern + "%", "\\"))
            .OrderBy(a => a.Name).Select(a => a.Name).Take(limit).ToListAsync(ct);
        if (starting.Count == limit) return starting;
        var containing = await actors.Where(a => EF.Functions.Like(a.Name, "%" + pattern + "%", "\\") && !starting.Contains(a.Name))
            .OrderBy(a => a.Name).Select(a => a.Name).Take(limit - starting.Count).ToListAsync(ct);
        return [.. starting, .. containing];
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
