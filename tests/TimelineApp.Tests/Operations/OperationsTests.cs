using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Data;
using TimelineApp.Operations;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Operations;

public class OperationsTests
{
    [Fact]
    public async Task Health_reports_the_database_as_healthy()
    {
        using var app = new TimelineFactory();
        var response = await app.CreateClient().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<HealthBody>();
        Assert.Equal("Healthy", body!.Status);
        Assert.Equal("Healthy", body.Checks["database"]);
    }

    [Fact]
    public async Task Public_api_answers_429_with_Retry_After_past_the_limit()
    {
        using var app = new TimelineFactory().With("RateLimits:ApiPerMinute", "3");
        var client = app.CreateClient();
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/events")).StatusCode);
        var limited = await client.GetAsync("/api/events");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After tells the client when to come back");
    }

    [Fact]
    public async Task Backup_restores_to_a_database_with_every_event_and_revision()
    {
        using var app = new TimelineFactory();
        app.CreateClient();
        var factory = app.Services.GetRequiredService<IDbContextFactory<TimelineDb>>();
        using var backupFolder = new TempDatabase();
        var written = await DatabaseBackup.BackupAsync(factory, backupFolder.Path);

        await using var original = await factory.CreateDbContextAsync();
        var options = new DbContextOptionsBuilder<TimelineDb>().UseSqlite($"Data Source={written};Mode=ReadOnly").Options;
        await using var restored = new TimelineDb(options);
        Assert.Equal(await original.Events.Select(e => e.Slug).OrderBy(s => s).ToListAsync(),
            await restored.Events.Select(e => e.Slug).OrderBy(s => s).ToListAsync());
        Assert.Equal(await original.Revisions.CountAsync(), await restored.Revisions.CountAsync());
        Assert.True(await original.Revisions.AnyAsync());
        Assert.Equal(await original.Citations.CountAsync(), await restored.Citations.CountAsync());
        await using var check = restored.Database.GetDbConnection();
        await check.OpenAsync();
        await using var cmd = check.CreateCommand();
        cmd.CommandText = "PRAGMA integrity_check;";
        Assert.Equal("ok", await cmd.ExecuteScalarAsync());
        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task Backup_never_overwrites_an_existing_file()
    {
        using var app = new TimelineFactory();
        app.CreateClient();
        var factory = app.Services.GetRequiredService<IDbContextFactory<TimelineDb>>();
        using var folder = new TempDatabase();
        await File.WriteAllTextAsync(folder.Path, "precious");
        await Assert.ThrowsAsync<IOException>(() => DatabaseBackup.BackupAsync(factory, folder.Path));
        Assert.Equal("precious", await File.ReadAllTextAsync(folder.Path));
    }

    private sealed record HealthBody(string Status, Dictionary<string, string> Checks);
}
