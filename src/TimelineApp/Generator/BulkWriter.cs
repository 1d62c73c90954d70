using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Data;

namespace TimelineApp.Generator;

/// <summary>
/// Writes generated rows through the one bulk-insert path (<see cref="BulkInserter{T}"/>, columns from the EF model),
/// one transaction per batch: EF Core's change tracking would take minutes for a million events, this takes seconds.
/// Events, citations and articles keep the ids the generator numbered them with, so children can point at parents.
/// </summary>
internal sealed class BulkWriter : IDisposable
{
    private const string By = "generator";
    private readonly TimelineDb _db;
    private readonly Instant _now;

    public BulkWriter(TimelineDb db, Instant now)
    {
        _db = db;
        _now = now;
        db.Database.OpenConnection();
        Execute("PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY;");
    }

    public DbConnection Connection => _db.Database.GetDbConnection();

    public void Execute(string sql)
    {
        using var cmd = Connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public long Scalar(string sql)
    {
        using var cmd = Connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar() is long v ? v : 0;
    }

    /// <summary>Inserts one row in its own transaction; the database's key is written back to the entity.</summary>
    public void InsertOne<T>(T entity) where T : class
    {
        using var tx = Connection.BeginTransaction();
        using (var insert = new BulkInserter<T>(_db, tx)) insert.Insert(entity);
        tx.Commit();
    }

    public void Write(GenBatch batch)
    {
        using var tx = Connection.BeginTransaction();
        using var articles = new BulkInserter<SourceArticle>(_db, tx, explicitKeys: true);
        using var events = new BulkInserter<Event>(_db, tx, explicitKeys: true);
        using var actors = new BulkInserter<EventActor>(_db, tx);
        using var tags = new BulkInserter<EventTag>(_db, tx);
        using var citations = new BulkInserter<Citation>(_db, tx, explicitKeys: true);
        using var claims = new BulkInserter<Claim>(_db, tx);
        foreach (var a in batch.Articles)
        {
            articles.Insert(new SourceArticle
            {
                Id = (int)a.Id, Key = $"gen-{a.Id}", Outlet = a.Outlet, Author = a.Author, Headline = a.Headline,
                PublishedDate = a.Published, Language = "en", Text = a.Text,
                ReliabilityNote = "Synthetic article made by the data generator.", CreatedAt = _now, CreatedBy = By,
            });
        }
        foreach (var e in batch.Events)
        {
            events.Insert(new Event
            {
                Id = (int)e.Id, Slug = e.Slug, Title = e.Title, Summary = e.Summary, TypeId = e.TypeId, Dates = e.Dates, PlaceId = e.PlaceId,
                Status = EventStatus.Published, CreatedAt = _now, CreatedBy = By, UpdatedAt = _now, UpdatedBy = By, Version = 1,
            });
            foreach (var (actor, role) in e.Actors) actors.Insert(new EventActor { EventId = (int)e.Id, ActorId = actor, Role = role });
            foreach (var tag in e.Tags) tags.Insert(new EventTag { EventId = (int)e.Id, Tag = tag });
            foreach (var c in e.Citations)
            {
                citations.Insert(new Citation { Id = (int)c.Id, EventId = (int)e.Id, ArticleId = (int)c.ArticleId, Quote = c.Quote, SortOrder = c.SortOrder });
                if (c.Claim is { } k)
                {
                    claims.Insert(new Claim
                    {
                        CitationId = (int)c.Id, Claimant = k.Claimant, Qualifier = k.Qualifier, KilledMin = k.KilledMin, KilledMax = k.KilledMax, Injured = k.Injured,
                    });
                }
            }
        }
        tx.Commit();
    }

    public void Dispose() => _db.Database.CloseConnection();
}
