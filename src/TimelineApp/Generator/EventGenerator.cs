using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Data;
using TimelineApp.Search;

namespace TimelineApp.Generator;

/// <summary>
/// Fills a migrated database with <c>count</c> synthetic published events (for benchmarks and load tests):
/// same seed, same events. Adds to whatever is there; places and actors are reused by name. Works on SQLite and PostgreSQL;
/// the rollups follow by the database's own triggers.
/// </summary>
public static class EventGenerator
{
    public const int BatchSize = 10_000;

    /// <summary>Bump when the generated data changes, so cached benchmark databases are rebuilt.</summary>
    public const int Version = 1;

    public static async Task GenerateAsync(IDbContextFactory<TimelineDb> dbFactory, int count, int seed, IClock clock, TextWriter log, CancellationToken ct = default)
    {
        var clockTime = Stopwatch.StartNew();
        var rng = new Random(seed);
        await using (var writeDb = await dbFactory.CreateDbContextAsync(ct))
        using (var writer = new BulkWriter(writeDb, clock.GetCurrentInstant()))
        {
            var world = PrepareWorld(writer);
            var events = new SyntheticEvents(world, rng, count, writer.NextId("Events"), writer.NextId("Citations"));
            var articles = new SyntheticArticles(rng, writer.NextId("Articles"));
            for (var done = 0; done < count; done += BatchSize)
            {
                ct.ThrowIfCancellationRequested();
                var batch = Enumerable.Range(done, Math.Min(BatchSize, count - done)).Select(i => events.Make(i, articles)).ToList();
                writer.Write(new GenBatch(batch, articles.TakeAll()));
                await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {done + batch.Count,10:N0} / {count:N0} events  {clockTime.Elapsed.TotalSeconds,6:F1} s"));
            }
            foreach (var table in new[] { "Events", "Citations", "Articles" }) writer.MoveIdentityPast(table);
        }
        await log.WriteLineAsync("  rebuilding the search index…");
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
            await EventSearchIndex.RebuildAsync(db, ct);
            if (!db.IsPostgres()) await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", ct);
        }
        await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Generated {count:N0} events in {clockTime.Elapsed.TotalSeconds:F1} s."));
    }

    private static GenWorld PrepareWorld(BulkWriter writer)
    {
        var types = new HashSet<string>();
        using (var cmd = writer.Connection.CreateCommand())
        {
            cmd.CommandText = "SELECT \"Id\" FROM \"EventTypes\" WHERE NOT \"IsArchived\"";
            using var r = cmd.ExecuteReader();
            while (r.Read()) types.Add(r.GetString(0));
        }
        var wordings = Vocabulary.Types.Where(t => types.Contains(t.Id)).ToList();
        if (wordings.Count == 0) throw new InvalidOperationException("The database has none of the seeded event types; start the app once to import seeds/.");

        var places = WorldPlaces.All.Select(p => (FindOrInsert(writer, "Places", "\"Name\" = @p1 AND \"Country\" = @p2", [p.Name, p.Country],
            new Place { Name = p.Name, Country = p.Country, Latitude = p.Latitude, Longitude = p.Longitude, GeoPrecision = GeoPrecision.Town }, x => x.Id),
            p, CountryName(p.Country))).ToList();
        var local = new Dictionary<(string, int), int>();
        foreach (var country in WorldPlaces.All.Select(p => p.Country).Distinct())
        {
            for (var d = 0; d < Vocabulary.LocalActors.Length; d++)
            {
                var name = $"{Vocabulary.LocalActors[d].Name} ({CountryName(country)})";
                local[(country, d)] = ActorId(writer, name, Vocabulary.LocalActors[d].Kind);
            }
        }
        var international = Vocabulary.InternationalActors.Select(a => ActorId(writer, a.Name, a.Kind)).ToList();
        return new GenWorld(places, local, international, wordings);
    }

    private static int ActorId(BulkWriter writer, string name, ActorKind kind) =>
        FindOrInsert(writer, "Actors", "\"Name\" = @p1", [name], new Actor { Name = name, Kind = kind }, x => x.Id);

    private static int FindOrInsert<T>(BulkWriter writer, string table, string where, object[] keys, T row, Func<T, int> id) where T : class
    {
        if (writer.Scalar($"SELECT \"Id\" FROM \"{table}\" WHERE {where} LIMIT 1", keys) is var found and > 0) return (int)found;
        writer.InsertOne(row);
        return id(row);
    }

    private static string CountryName(string code)
    {
        try { return new RegionInfo(code).EnglishName; }
        catch (ArgumentException) { return code; }
    }
}
