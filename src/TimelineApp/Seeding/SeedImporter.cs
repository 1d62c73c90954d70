using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Data;
using TimelineApp.Events;
using TimelineApp.Search;

namespace TimelineApp.Seeding;

/// <summary>
/// Imports seeds/ into the database: whatever is missing (by type id, article key, event slug) is added,
/// nothing present is touched, so every start after the first imports nothing. All or nothing.
/// </summary>
public sealed class SeedImporter(IDbContextFactory<TimelineDb> dbFactory, SeedOptions options, IClock clock, ILogger<SeedImporter> log)
{
    public async Task<int> ImportAsync(CancellationToken ct = default)
    {
        var table = SeedTable.Load(options.Path, clock.GetCurrentInstant());
        var imported = await ImportAsync(table, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await SeedCaptures.AddMissingAsync(db, table.Articles.Select(a => a.Key).ToList(), clock.GetCurrentInstant(), ct);
        return imported;
    }

    private async Task<int> ImportAsync(SeedTable table, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var slugs = table.Events.Select(e => e.Event.Slug).ToList();
        var existingSlugs = await db.Events.Where(e => slugs.Contains(e.Slug)).Select(e => e.Slug).ToListAsync(ct);
        var existingTypes = await db.EventTypes.Select(t => t.Id).ToListAsync(ct);
        var newEvents = table.Events.Select(x => x.Event).Where(e => !existingSlugs.Contains(e.Slug)).ToList();
        var newTypes = table.Types.Where(t => !existingTypes.Contains(t.Id)).ToList();
        if (newEvents.Count == 0 && newTypes.Count == 0) return 0;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.EventTypes.AddRange(newTypes);
        var articles = await ResolveArticlesAsync(db, table, ct);
        var places = new Dictionary<Place, Place>(ReferenceEqualityComparer.Instance);
        var actors = new Dictionary<Actor, Actor>(ReferenceEqualityComparer.Instance);
        foreach (var e in newEvents)
        {
            if (e.Place is { } p) e.Place = places.TryGetValue(p, out var known) ? known : places[p] = await FindPlaceAsync(db, p, ct) ?? p;
            foreach (var a in e.Actors)
            {
                a.Actor = actors.TryGetValue(a.Actor, out var known) ? known
                    : actors[a.Actor] = await db.Actors.FirstOrDefaultAsync(x => x.Name == a.Actor.Name, ct) ?? a.Actor;
            }
            foreach (var c in e.Citations) c.Article = articles[c.Article.Key];
        }
        db.Events.AddRange(newEvents);
        await db.SaveChangesAsync(ct);

        db.Revisions.AddRange(newEvents.Select(e => new Revision
        {
            EventId = e.Id, Number = 1, At = e.CreatedAt, By = "seed", Kind = "created", Note = "Imported from seeds/events.json",
            Snapshot = EventSnapshot.ToJson(e),
        }));
        await db.SaveChangesAsync(ct);
        await EventSearchIndex.ReindexAsync(db, newEvents.Select(e => e.Id).ToList(), ct);
        await tx.CommitAsync(ct);
        log.LogInformation("Imported {Events} events and {Types} event types from {Path}", newEvents.Count, newTypes.Count, options.Path);
        return newEvents.Count;
    }

    private static async Task<Dictionary<string, SourceArticle>> ResolveArticlesAsync(TimelineDb db, SeedTable table, CancellationToken ct)
    {
        var keys = table.Articles.Select(a => a.Key).ToList();
        var existing = await db.Articles.Where(a => keys.Contains(a.Key)).ToDictionaryAsync(a => a.Key, ct);
        foreach (var a in table.Articles.Where(a => !existing.ContainsKey(a.Key)))
        {
            db.Articles.Add(a);
            existing[a.Key] = a;
        }
        return existing;
    }

    private static Task<Place?> FindPlaceAsync(TimelineDb db, Place p, CancellationToken ct) =>
        db.Places.FirstOrDefaultAsync(x => x.Name == p.Name && x.Country == p.Country && x.Latitude == p.Latitude && x.Longitude == p.Longitude, ct);
}
