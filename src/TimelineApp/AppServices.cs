using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NodaTime;
using Radzen;
using TimelineApp.Data;
using TimelineApp.Events;
using TimelineApp.Seeding;

namespace TimelineApp;

public static class AppServices
{
    public static void AddApplicationServices(this WebApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("Timeline")
            ?? throw new InvalidOperationException("Connection string 'ConnectionStrings:Timeline' is missing from appsettings.json.");
        connectionString = SqliteFiles.Prepare(connectionString, builder.Environment.ContentRootPath);

        builder.Services.AddSingleton<IClock>(SystemClock.Instance);
        builder.Services.AddDbContextFactory<TimelineDb>(o => o
            .UseSqlite(connectionString)
            // Migrations are hand-written (dotnet ef cannot run here); a test keeps them equal to the model.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)));
        builder.Services.AddSingleton(new SeedOptions(Path.Combine(builder.Environment.ContentRootPath,
            builder.Configuration["Seeds:Path"] ?? "seeds")));
        builder.Services.AddScoped<SeedImporter>();
        builder.Services.AddScoped<EventQuery>();
        builder.Services.AddProblemDetails();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddRadzenComponents();
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
