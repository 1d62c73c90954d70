using Microsoft.EntityFrameworkCore;

namespace TimelineApp.Data;

/// <summary>
/// <c>-- schema</c>: prints the SQL the current model needs. `dotnet ef` cannot run on this machine, so
/// migrations are written by hand; this shows what a new one must create.
/// </summary>
internal static class SchemaVerb
{
    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<TimelineDb>>();
        await using var db = await factory.CreateDbContextAsync();
        Console.WriteLine(db.Database.GenerateCreateScript());
        return 0;
    }
}
