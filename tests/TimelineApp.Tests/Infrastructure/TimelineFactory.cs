using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Data;

namespace TimelineApp.Tests.Infrastructure;

/// <summary>The real app in-process on its own SQLite file, seeded from seeds/ like a first start.</summary>
public class TimelineFactory : WebApplicationFactory<AppEntry>
{
    private readonly TempDatabase _db = new();
    private readonly Dictionary<string, string?> _settings = new();

    public string DatabasePath => _db.Path;

    public TimelineFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
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
