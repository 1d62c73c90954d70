using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TimelineApp.Data;

public enum DatabaseProvider { Sqlite, PostgreSQL }

/// <summary>
/// Chooses the database from configuration: <c>Database:Provider</c> (<c>Sqlite</c>, the default, or <c>PostgreSQL</c>)
/// and <c>ConnectionStrings:Timeline</c>. Read on first use, so test hosts and command-line overrides apply.
/// </summary>
public sealed class TimelineDatabase(IConfiguration configuration, IServiceProvider services, string contentRoot) : IDbContextFactory<TimelineDb>
{
    private readonly Lazy<Func<TimelineDb>> _create = new(() => Build(configuration, services, contentRoot));

    public DatabaseProvider Provider => ProviderOf(configuration);

    public TimelineDb CreateDbContext() => _create.Value();

    public static DatabaseProvider ProviderOf(IConfiguration configuration) => configuration["Database:Provider"] switch
    {
        null or "" => DatabaseProvider.Sqlite,
        var p when p.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) => DatabaseProvider.Sqlite,
        var p when p.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase) || p.Equals("Postgres", StringComparison.OrdinalIgnoreCase) => DatabaseProvider.PostgreSQL,
        var p => throw new InvalidOperationException($"Database:Provider '{p}' is not known; use Sqlite (the default) or PostgreSQL."),
    };

    private static Func<TimelineDb> Build(IConfiguration configuration, IServiceProvider services, string contentRoot)
    {
        var connectionString = configuration.GetConnectionString("Timeline")
            ?? throw new InvalidOperationException("Connection string 'ConnectionStrings:Timeline' is missing from appsettings.json.");
        if (ProviderOf(configuration) == DatabaseProvider.PostgreSQL)
        {
            var pg = Common(new DbContextOptionsBuilder<PostgresTimelineDb>(), services)
                .UseNpgsql(connectionString, o => o.UseNodaTime()).Options;
            return () => new PostgresTimelineDb(pg);
        }
        var sqlite = Common(new DbContextOptionsBuilder<TimelineDb>(), services)
            .UseSqlite(SqliteFiles.Prepare(connectionString, contentRoot)).Options;
        return () => new TimelineDb(sqlite);
    }

    private static DbContextOptionsBuilder<T> Common<T>(DbContextOptionsBuilder<T> options, IServiceProvider services) where T : DbContext => options
        .UseApplicationServiceProvider(services)
        // Every committed write moves readers' cached responses on (Caching/ReaderCache).
        .AddInterceptors(services.GetRequiredService<Caching.ReaderCacheInterceptor>())
        // The only non-transactional migration steps are PRAGMA foreign_keys around SQLite table rebuilds.
        .ConfigureWarnings(w => w.Ignore(RelationalEventId.NonTransactionalMigrationOperationWarning));
}

public static class TimelineDatabaseServices
{
    /// <summary>The context factory every feature uses, a scoped context (health check, Data Protection) and the provider.</summary>
    public static void AddTimelineDatabase(this IServiceCollection services, string contentRoot)
    {
        services.AddSingleton(sp => new TimelineDatabase(sp.GetRequiredService<IConfiguration>(), sp, contentRoot));
        services.AddSingleton<IDbContextFactory<TimelineDb>>(sp => sp.GetRequiredService<TimelineDatabase>());
        services.AddScoped(sp => sp.GetRequiredService<TimelineDatabase>().CreateDbContext());
    }

    public static bool IsPostgres(this TimelineDb db) => db is PostgresTimelineDb;
}
