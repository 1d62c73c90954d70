using Microsoft.Data.Sqlite;
using TimelineApp.Tests.Durability;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests;

/// <summary>The table of command-line verbs in <see cref="Cli"/>.</summary>
public class CliTests
{
    [Fact]
    public void Every_verb_has_one_name_and_a_usage_line_that_starts_with_it()
    {
        Assert.Equal(Cli.Verbs.Count, Cli.Verbs.Select(v => v.Name.ToLowerInvariant()).Distinct().Count());
        Assert.All(Cli.Verbs, v => Assert.StartsWith(v.Name + " ", v.Usage, StringComparison.Ordinal));
        Assert.Equal(["backup", "check-sources", "generate", "import", "users", "verify-captures"], Cli.Verbs.Select(v => v.Name).Order());
        Assert.Same(Cli.Verbs.Single(v => v.Name == "users"), Cli.Find("USERS"));
        Assert.Null(Cli.Find("schema"));
    }

    [Fact]
    public async Task Should_back_up_a_release_database_as_it_is_without_migrating_it_first()
    {
        using var folder = new TempDatabase();
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Data", "Fixtures", "release-2026-11.db"), folder.Path);
        var backup = Path.Combine(folder.Folder, "before-upgrade.db");

        var app = AppHost.Build(["backup", backup], b => b.Configuration["ConnectionStrings:Timeline"] = folder.ConnectionString);
        await using (app) Assert.True(await Cli.TryRunAsync(app, ["backup", backup]));

        foreach (var file in new[] { folder.Path, backup })
        {
            await using var db = new SqliteConnection($"Data Source={file};Pooling=False");
            await db.OpenAsync();
            Assert.Equal(3L, db.Scalar("SELECT COUNT(*) FROM __EFMigrationsHistory"));
            Assert.Equal(25L, db.Scalar("SELECT COUNT(*) FROM Events"));
        }
    }
}
