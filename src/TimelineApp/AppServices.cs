using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;
using TimelineApp.Accounts;
using TimelineApp.Api.OpenApi;
using TimelineApp.Caching;
using TimelineApp.Capture;
using TimelineApp.Components.Theme;
using TimelineApp.Data;
using TimelineApp.Editing;
using TimelineApp.Events;
using TimelineApp.Operations;
using TimelineApp.Map;
using TimelineApp.Seeding;
using TimelineApp.Sharing;
using TimelineApp.Timeline;

namespace TimelineApp;

public static class AppServices
{
    public static void AddApplicationServices(this WebApplicationBuilder builder)
    {
        var contentRoot = builder.Environment.ContentRootPath;
        // Configuration is read when first needed, so test hosts and command-line overrides apply.
        builder.Services.AddSingleton<IClock>(SystemClock.Instance);
        builder.Services.AddTimelineDatabase(contentRoot);
        builder.Services.AddSingleton(sp => new SeedOptions(Path.Combine(contentRoot,
            sp.GetRequiredService<IConfiguration>()["Seeds:Path"] ?? "seeds")));
        builder.Services.AddHostedService<DatabaseStartup>();
        builder.Services.AddDataProtection().PersistKeysToDbContext<TimelineDb>()
            // One name on every instance: the default (the content root path) differs between machines.
            .SetApplicationName("TimelineApp");
        builder.Services.AddScoped<SeedImporter>();
        builder.Services.AddScoped<EventQuery>();
        builder.AddReaderCache();
        builder.AddEventMap();
        builder.Services.AddTimeline();
        builder.Services.AddProblemDetails();
        builder.AddOperations();
        builder.Services.AddTheme();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents().WithDeliberateLimits();
        builder.AddSharing();
        builder.AddAccounts();
        builder.AddEditing();
        builder.AddOpenApiDocument();
        builder.AddCapture();
    }

    /// <summary>Applies migrations and imports the seed table (each seed imported once).</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<TimelineDb>>();
        await using var db = await factory.CreateDbContextAsync();
        await using var _ = await StartupLock.TakeAsync(db);
        // Npgsql's migrator assumes the history table exists and logs a failed query ("fail: … __EFMigrationsHistory")
        // on a new database before it creates it (efcore.pg #3407): create it first, so a first start logs no failure.
        if (db.IsPostgres()) await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript());
        await db.Database.MigrateAsync();
        if (!db.IsPostgres())
        {
            // WAL lets readers carry on while an editor writes; the mode is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            // Refreshes query-planner statistics when tables have grown (bounded, quick): without them SQLite
            // does not choose the index plans the window queries rely on.
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;");
        }
        await scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportAsync();
    }
}
