using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Text;

namespace TimelineApp.Generator;

/// <summary>
/// Writes generated rows with prepared SQLite commands, one transaction per batch: EF Core's change
/// tracking would take minutes for a million events, this takes seconds.
/// </summary>
internal sealed class BulkWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _commands = [];
    private readonly long _now;

    public BulkWriter(string connectionString, Instant now)
    {
        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        Execute("PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY;");
        _now = now.ToUnixTimeTicks();
    }

    public SqliteConnection Connection => _connection;

    public void Execute(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public long Scalar(string sql)
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar() is long v ? v : 0;
    }

    /// <summary>Runs a prepared INSERT with positional values ($1, $2…), preparing it on first use.</summary>
    public void Insert(string table, string columns, params object?[] values)
    {
        if (!_commands.TryGetValue(table, out var cmd))
        {
            cmd = _connection.CreateCommand();
            var names = Enumerable.Range(1, values.Length).Select(i => "$" + i).ToList();
            cmd.CommandText = $"INSERT INTO \"{table}\" ({columns}) VALUES ({string.Join(", ", names)})";
            foreach (var n in names) cmd.Parameters.Add(new SqliteParameter(n, null));
            cmd.Prepare();
            _commands[table] = cmd;
        }
        cmd.Transaction = _transaction;
        for (var i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        cmd.ExecuteNonQuery();
    }

    private SqliteTransaction? _transaction;

    public void Write(GenBatch batch)
    {
        using var tx = _transaction = _connection.BeginTransaction();
        foreach (var a in batch.Articles)
        {
            Insert("Articles", "Id, Key, Outlet, Author, Headline, Url, PublishedDate, Language, Text, ReliabilityNote, DateNote, CreatedAt, CreatedBy, IsArchived",
                a.Id, $"gen-{a.Id}", a.Outlet, a.Author, a.Headline, null, Iso(a.Published), "en", a.Text,
                "Synthetic article made by the data generator.", null, _now, "generator", 0);
        }
        foreach (var e in batch.Events)
        {
            var d = e.Dates;
            Insert("Events", "Id, Slug, Title, Summary, TypeId, StartDate, EndDate, DatePrecision, EndDatePrecision, Approximate, LastDate, DurationClass, DateNote, LocalTime, TimeZone, PlaceId, Status, CreatedAt, CreatedBy, UpdatedAt, UpdatedBy, Version",
                e.Id, e.Slug, e.Title, e.Summary, e.TypeId, Iso(d.Start.Start), d.End is { } end ? Iso(end.Start) : null,
                d.Start.Precision.ToString(), d.End?.Precision.ToString(), d.Approximate ? 1 : 0, Iso(d.Last), (int)d.Duration, null, null, null,
                e.PlaceId, "Published", _now, "generator", _now, "generator", 1);
            foreach (var (actor, role) in e.Actors) Insert("EventActors", "EventId, ActorId, Role", e.Id, actor, role);
            foreach (var tag in e.Tags) Insert("EventTags", "EventId, Tag", e.Id, tag);
            foreach (var c in e.Citations)
            {
                Insert("Citations", "Id, EventId, ArticleId, Quote, SortOrder", c.Id, e.Id, c.ArticleId, c.Quote, c.SortOrder);
                if (c.Claim is { } k)
                    Insert("Claims", "CitationId, Claimant, Qualifier, KilledMin, KilledMax, Injured, Note", c.Id, k.Claimant, k.Qualifier, k.KilledMin, k.KilledMax, k.Injured, null);
            }
        }
        tx.Commit();
        _transaction = null;
    }

    private static string Iso(LocalDate d) => LocalDatePattern.Iso.Format(d);

    public void Dispose()
    {
        foreach (var c in _commands.Values) c.Dispose();
        _connection.Dispose();
    }
}
