using Microsoft.Data.Sqlite;
using NodaTime;

namespace TimelineApp.Benchmarks;

/// <summary>
/// The floor: hand-written SQL through Microsoft.Data.Sqlite that returns the same rows and columns the
/// app reads (every column is read, nothing is mapped to objects).
/// </summary>
internal sealed class RawQueries(string connectionString)
{
    private const string Published = "e.Status = 'Published'";
    // The same bounded overlap test the app uses (see EventQuery.Filtered and DurationClass).
    private const string Window = "e.LastDate >= $from AND e.StartDate <= $to AND ((e.DurationClass = 0 AND e.StartDate >= $monthBefore) " +
        "OR (e.DurationClass = 1 AND e.StartDate >= $yearBefore) OR e.DurationClass = 2)";
    private const string Fts = "e.Id IN (SELECT rowid FROM EventSearch WHERE EventSearch MATCH $match)";

    public Task<(int Total, List<long> Ids)> WindowPageAsync(LocalDate from, LocalDate to, int pageSize) =>
        PageAsync($"{Published} AND {Window}", pageSize, WindowArgs(from, to));

    private static (string, object)[] WindowArgs(LocalDate from, LocalDate to) =>
        [("$from", Iso(from)), ("$to", Iso(to)), ("$monthBefore", Iso(from.PlusDays(-31))), ("$yearBefore", Iso(from.PlusDays(-366)))];

    private static string Iso(LocalDate d) => d.ToString("uuuu-MM-dd", null);

    public Task<(int Total, List<long> Ids)> SearchPageAsync(string match, int pageSize) =>
        PageAsync($"{Published} AND {Fts}", pageSize, ("$match", match));

    /// <summary>Map markers: id, coordinates and type of every published event in the window.</summary>
    public async Task<List<long>> MapAsync(LocalDate from, LocalDate to)
    {
        await using var c = await OpenAsync();
        var ids = new List<long>();
        await ReadAsync(c, $"SELECT e.Id, p.Latitude, p.Longitude, e.TypeId FROM Events e JOIN Places p ON p.Id = e.PlaceId WHERE {Published} AND {Window}",
            r => ids.Add(r.GetInt64(0)), WindowArgs(from, to));
        return ids;
    }

    private async Task<(int Total, List<long> Ids)> PageAsync(string where, int pageSize, params (string, object)[] args)
    {
        await using var c = await OpenAsync();
        var ids = new List<long>();
        await ReadAsync(c, $"SELECT e.Id FROM Events e WHERE {where} ORDER BY e.StartDate, e.DatePrecision DESC, e.Id LIMIT {pageSize}",
            r => ids.Add(r.GetInt64(0)), args);
        var total = ids.Count;
        if (ids.Count == pageSize) await ReadAsync(c, $"SELECT count(*) FROM Events e WHERE {where}", r => total = r.GetInt32(0), args);
        if (ids.Count == 0) return (total, ids);
        var inList = "(" + string.Join(",", ids) + ")";
        await ReadAsync(c, $"""
            SELECT e.Id, e.Slug, e.Title, e.Summary, e.TypeId, t.Name, e.StartDate, e.EndDate, e.DatePrecision, e.EndDatePrecision,
                   e.Approximate, e.Status, p.Name, p.Country, p.Latitude, p.Longitude, p.GeoPrecision
            FROM Events e JOIN EventTypes t ON t.Id = e.TypeId LEFT JOIN Places p ON p.Id = e.PlaceId WHERE e.Id IN {inList}
            """, _ => { });
        await ReadAsync(c, $"SELECT ea.EventId, a.Name, ea.Role FROM EventActors ea JOIN Actors a ON a.Id = ea.ActorId WHERE ea.EventId IN {inList}", _ => { });
        await ReadAsync(c, $"SELECT EventId, Tag FROM EventTags WHERE EventId IN {inList}", _ => { });
        await ReadAsync(c, $"""
            SELECT c.EventId, c.Id, c.Quote, c.SortOrder, a.Id, a.Outlet, a.Author, a.PublishedDate
            FROM Citations c JOIN Articles a ON a.Id = c.ArticleId WHERE c.EventId IN {inList}
            """, _ => { });
        await ReadAsync(c, $"""
            SELECT k.CitationId, k.Claimant, k.Qualifier, k.KilledMin, k.KilledMax, k.Injured, k.Note
            FROM Claims k JOIN Citations c ON c.Id = k.CitationId WHERE c.EventId IN {inList}
            """, _ => { });
        return (total, ids);
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var c = new SqliteConnection(connectionString);
        await c.OpenAsync();
        return c;
    }

    private static async Task ReadAsync(SqliteConnection c, string sql, Action<SqliteDataReader> row, params (string Name, object Value)[] args)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in args) cmd.Parameters.AddWithValue(name, value);
        await using var r = await cmd.ExecuteReaderAsync();
        var values = new object[r.FieldCount];
        while (await r.ReadAsync())
        {
            r.GetValues(values);
            row(r);
        }
    }
}
