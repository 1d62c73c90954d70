using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace TimelineApp.Data;

/// <summary>
/// The same model on PostgreSQL, a type of its own so its migrations (Data/Migrations/PostgreSql) stay apart from
/// SQLite's, as EF Core recommends for several providers. Differences: NodaTime types are stored natively
/// (<c>date</c>, <c>timestamptz</c>, <c>time</c>) instead of as text and ticks, and full-text search is a
/// tsvector table with a GIN index instead of an FTS5 virtual table.
/// </summary>
public sealed class PostgresTimelineDb(DbContextOptions<PostgresTimelineDb> options) : TimelineDb(options)
{
    // No call to base: the Npgsql NodaTime plugin maps LocalDate, Instant and LocalTime itself.
    protected override void ConfigureConventions(ModelConfigurationBuilder configuration) { }

    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        b.HasPostgresExtension("unaccent");
        b.Entity<EventSearchDocument>(e =>
        {
            e.ToTable("EventSearch");
            e.HasKey(x => x.EventId);
            e.Property(x => x.EventId).ValueGeneratedNever();
            e.HasIndex(x => x.Document).HasMethod("GIN");
            e.HasOne<Event>().WithOne().HasForeignKey<EventSearchDocument>(x => x.EventId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}

/// <summary>An event's searchable words on PostgreSQL, written only by <see cref="Search.EventSearchIndex"/>.</summary>
public class EventSearchDocument
{
    public int EventId { get; set; }
    public required NpgsqlTsVector Document { get; set; }
}

/// <summary>For `dotnet ef migrations add … --context PostgresTimelineDb`: the model needs no server.</summary>
internal sealed class PostgresDesignTimeFactory : Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory<PostgresTimelineDb>
{
    public PostgresTimelineDb CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<PostgresTimelineDb>()
        .UseNpgsql("Host=localhost;Database=timeline", o => o.UseNodaTime()).Options);
}

/// <summary>For `dotnet ef migrations add … --context TimelineDb` (SQLite): without it the tool would pick the PostgreSQL
/// factory above for the base type. No file is opened to build the model.</summary>
internal sealed class SqliteDesignTimeFactory : Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory<TimelineDb>
{
    public TimelineDb CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<TimelineDb>()
        .UseSqlite("Data Source=design-time.db").Options);
}
