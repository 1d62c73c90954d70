using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NodaTime;
using Radzen;
using TimelineApp.Accounts;
using TimelineApp.Data;
using TimelineApp.Editing;
using TimelineApp.Events;
using TimelineApp.Seeding;

namespace TimelineApp;

public static class AppServices
{
    public static void AddApplicationServices(this WebApplicationBuilder builder)
    {
        var contentRoot = builder.Environment.ContentRootPath;
        // Configuration is read when first needed, so test hosts and command-line overrides apply.
        builder.Services.AddSingleton<IClock>(SystemClock.Instance);
        builder.Services.AddDbContextFactory<TimelineDb>((sp, o) => o
            .UseSqlite(SqliteFiles.Prepare(sp.GetRequiredService<IConfiguration>().GetConnectionString("Timeline")
                ?? throw new InvalidOperationException("Connection string 'ConnectionStrings:Timeline' is missing from appsettings.json."), contentRoot))
            // Migrations are hand-written (dotnet ef cannot run here); a test keeps them equal to the model.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)));
        builder.Services.AddSingleton(sp => new SeedOptions(Path.Combine(contentRoot,
            sp.GetRequiredService<IConfiguration>()["Seeds:Path"] ?? "seeds")));
        builder.Services.AddHostedService<DatabaseStartup>();
        builder.Services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(contentRoot, "App_Data", "keys")));
        builder.Services.AddScoped<SeedImporter>();
        builder.Services.AddScoped<EventQuery>();
        builder.Services.AddProblemDetails();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddRadzenComponents();
        builder.AddAccounts();
        builder.AddEditing();
    }

    /// <summary>Applies migrations and imports the seed table (each seed imported once).</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var factory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<TimelineDb>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
            // WAL lets readers carry on while an editor writes; the mode is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }
        await scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportAsync();
    }
}
