using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Data;

namespace TimelineApp.Tests.Infrastructure;

/// <summary>The real app in-process on its own SQLite file (or PostgreSQL database), seeded from seeds/ like a first start.</summary>
public class TimelineFactory : WebApplicationFactory<AppEntry>
{
    private readonly ITestDatabase _db;
    private readonly Dictionary<string, string?> _settings = new();

    public TimelineFactory() : this(new TempDatabase()) { }

    protected TimelineFactory(ITestDatabase db) => _db = db;

    public string DatabasePath => (_db as TempDatabase)?.Path ?? throw new InvalidOperationException("Not a SQLite test database.");
    public bool IsPostgres => _db is PostgresTestDatabase;
    public string ConnectionString => _db.ConnectionString;

    /// <summary>Another app on a fresh database of the same provider.</summary>
    public TimelineFactory Fresh() => IsPostgres ? new PostgresTimelineFactory() : new TimelineFactory();

    public TimelineFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", _db.Provider);
        builder.UseSetting("ConnectionStrings:Timeline", _db.ConnectionString);
        // Every test client shares one address here; a test of the sign-in limit sets its own.
        builder.UseSetting("RateLimits:SignInPerMinute", "1000");
        foreach (var (k, v) in _settings) builder.UseSetting(k, v);
    }

    public TimelineDb CreateDb() => Services.GetRequiredService<IDbContextFactory<TimelineDb>>().CreateDbContext();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) _db.Dispose();
    }
}

/// <summary>The real app in-process on a fresh database of the throwaway PostgreSQL cluster.</summary>
public class PostgresTimelineFactory() : TimelineFactory(new PostgresTestDatabase());
