using System.Text;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;

namespace TimelineApp.Search;

/// <summary>
/// The seam for full-text search: the index, how it is refreshed, and how a reader's words become a safe query.
/// SQLite uses an FTS5 table (here); PostgreSQL a tsvector table (<see cref="PostgresSearch"/>).
/// </summary>
public static class EventSearchIndex
{
    public const string CreateSql =
        "CREATE VIRTUAL TABLE IF NOT EXISTS EventSearch USING fts5(title, summary, place, actors, quotes, tokenize = 'unicode61 remove_diacritics 2');";

    private const string FillSql = """
        INSERT INTO EventSearch(rowid, title, summary, place, actors, quotes)
        SELECT e.Id, e.Title, e.Summary,
               COALESCE(p.Name, '') || ' ' || COALESCE(p.Country, ''),
               COALESCE((SELECT group_concat(a.Name, ' ') FROM EventActors ea JOIN Actors a ON a.Id = ea.ActorId WHERE ea.EventId = e.Id), ''),
               COALESCE((SELECT group_concat(c.Quote, ' ') FROM Citations c WHERE c.EventId = e.Id), '')
        FROM Events e LEFT JOIN Places p ON p.Id = e.PlaceId
        """;

    /// <summary>Refreshes the index rows of the given events from the tables (call in the saving transaction).</summary>
    public static async Task ReindexAsync(TimelineDb db, IReadOnlyCollection<int> eventIds, CancellationToken ct = default)
    {
        foreach (var chunk in eventIds.Chunk(500))
        {
            if (db.IsPostgres())
            {
                await PostgresSearch.ReindexAsync(db, chunk, ct);
                continue;
            }
            // Integer ids only, so building the IN list as text is safe.
            var ids = "(" + string.Join(",", chunk) + ")";
#pragma warning disable EF1003 // the IN list is built from ints only
            await db.Database.ExecuteSqlRawAsync("DELETE FROM EventSearch WHERE rowid IN " + ids + ";", ct);
            await db.Database.ExecuteSqlRawAsync(FillSql + " WHERE e.Id IN " + ids + ";", ct);
#pragma warning restore EF1003
        }
    }

    public static async Task RebuildAsync(TimelineDb db, CancellationToken ct = default)
    {
        if (db.IsPostgres())
        {
            await PostgresSearch.RebuildAsync(db, ct);
            return;
        }
        await db.Database.ExecuteSqlRawAsync("DELETE FROM EventSearch;", ct);
        await db.Database.ExecuteSqlRawAsync(FillSql + ";", ct);
    }

    /// <summary>Ids of events matching all the reader's words (the last as a prefix); composable into an EF query. Null when there are no words.</summary>
    public static IQueryable<int>? Matching(TimelineDb db, string? text)
    {
        if (db.IsPostgres()) return Terms(text) is { Count: > 0 } terms ? PostgresSearch.Matching(db, terms) : null;
        return ToMatchExpression(text) is { } match
            ? db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM EventSearch WHERE EventSearch MATCH {match}")
            : null;
    }

    /// <summary>The words of the reader's text, letters and digits only.</summary>
    public static IReadOnlyList<string> Terms(string? text)
    {
        var terms = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return terms;
        var current = new StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch)) { current.Append(ch); continue; }
            if (current.Length > 0) { terms.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) terms.Add(current.ToString());
        return terms.Take(16).ToList();
    }

    /// <summary>
    /// SQLite FTS5: each word quoted (so FTS operators typed by a reader are plain words), all required, the last one
    /// as a prefix so results follow typing. Null when there are no words.
    /// </summary>
    public static string? ToMatchExpression(string? text)
    {
        var terms = Terms(text);
        if (terms.Count == 0) return null;
        return string.Join(" ", terms.Select((t, i) => i == terms.Count - 1 ? $"\"{t}\"*" : $"\"{t}\""));
    }
}
