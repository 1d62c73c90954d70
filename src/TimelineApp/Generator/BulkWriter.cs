using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Data;

namespace TimelineApp.Generator;

/// <summary>
/// Writes generated rows through the one bulk-insert path (<see cref="BulkInserter{T}"/>, columns from the EF model),
/// one transaction per batch (a binary COPY per table on PostgreSQL): EF Core's change tracking would take minutes for a
/// million events. The database's triggers keep the rollups.
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
        if (!db.IsPostgres()) Execute("PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY;");
    }

    public DbConnection Connection => _db.Database.GetDbConnection();

    public void Execute(string sql)
    {
        using var cmd = Connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public long Scalar(string sql, params object[] parameters)
    {
        using var cmd = Connection.CreateCommand();
        cmd.CommandText = sql;
        for (var i = 0; i < parameters.Length; i++)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = "@p" + (i + 1);
            p.Value = parameters[i];
            cmd.Parameters.Add(p);
        }
        return cmd.ExecuteScalar() is { } v and not DBNull ? Convert.ToInt64(v, System.Globalization.CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>The next id after the highest in the table (the generator numbers rows itself).</summary>
    public long NextId(string table) => Scalar($"SELECT COALESCE(MAX(\"Id\"), 0) + 1 FROM \"{table}\"");

    /// <summary>
    /// After rows were written with their own ids, PostgreSQL's identity sequence must move past them, or the next
    /// editor's insert would collide; SQLite takes MAX(rowid) + 1 by itself.
    /// </summary>
    public void MoveIdentityPast(string table)
    {
        if (_db.IsPostgres()) Scalar($"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'Id'), (SELECT MAX(\"Id\") FROM \"{table}\"))");
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
        using var articles = new BulkInserter<SourceArticle>(_db, tx, explicitKeys: true, copy: true);
        using var events = new BulkInserter<Event>(_db, tx, explicitKeys: true, copy: true);
        using var actors = new BulkInserter<EventActor>(_db, tx, copy: true);
        using var tags = new BulkInserter<EventTag>(_db, tx, copy: true);
        using var citations = new BulkInserter<Citation>(_db, tx, explicitKeys: true, copy: true);
        using var claims = new BulkInserter<Claim>(_db, tx, copy: true);
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
        foreach (var rows in new IBulkInserter[] { articles, events, actors, tags, citations, claims }) rows.Flush();
        tx.Commit();
    }

    public void Dispose() => _db.Database.CloseConnection();
}
