using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;

namespace TimelineApp.Search;

/// <summary>
/// Full-text search on PostgreSQL: one tsvector per event in "EventSearch" (GIN index, see PostgresTimelineDb),
/// the 'simple' configuration over unaccented text, like SQLite's unicode61 tokenizer with remove_diacritics.
/// </summary>
internal static class PostgresSearch
{
    private const string FillSql = """
        INSERT INTO "EventSearch" ("EventId", "Document")
        SELECT e."Id", to_tsvector('simple', unaccent(concat_ws(' ', e."Title", e."Summary", p."Name", p."Country",
               (SELECT string_agg(a."Name", ' ') FROM "EventActors" ea JOIN "Actors" a ON a."Id" = ea."ActorId" WHERE ea."EventId" = e."Id"),
               (SELECT string_agg(c."Quote", ' ') FROM "Citations" c WHERE c."EventId" = e."Id"))))
        FROM "Events" e LEFT JOIN "Places" p ON p."Id" = e."PlaceId"
        """;

    public static async Task ReindexAsync(TimelineDb db, int[] ids, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync($"""DELETE FROM "EventSearch" WHERE "EventId" = ANY({ids})""", ct);
#pragma warning disable EF1003 // constant SQL; the ids are a parameter
        await db.Database.ExecuteSqlRawAsync(FillSql + """ WHERE e."Id" = ANY({0})""", [ids], ct);
#pragma warning restore EF1003
    }

    public static async Task RebuildAsync(TimelineDb db, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync("""TRUNCATE "EventSearch";""", ct);
        await db.Database.ExecuteSqlRawAsync(FillSql + ";", ct);
    }

    /// <summary>
    /// Every word required (websearch_to_tsquery over quoted words, so "or" and "-" are plain words), the last
    /// one as a prefix so results follow typing. The words are letters and digits only.
    /// </summary>
    public static IQueryable<int> Matching(TimelineDb db, IReadOnlyList<string> terms)
    {
        var whole = string.Join(" ", terms.Take(terms.Count - 1).Select(t => $"\"{t}\""));
        var prefix = terms[^1];
        return db.Database.SqlQuery<int>($"""
            SELECT "EventId" AS "Value" FROM "EventSearch"
            WHERE "Document" @@ (websearch_to_tsquery('simple', unaccent({whole})) && to_tsquery('simple', quote_literal(unaccent({prefix})) || ':*'))
            """);
    }
}
