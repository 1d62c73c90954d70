using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Data;
using TimelineApp.Seeding;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Seeding;

public class SeedImportTests
{
    /// <summary>A fresh app on a fresh database of this class's provider.</summary>
    protected virtual TimelineFactory NewApp() => new();

    private sealed record Counts(int Events, int Types, int Articles, int Places, int Actors, int EventActors, int Tags,
        int Citations, int Claims, int Revisions, int SearchRows);

    private static async Task<Counts> CountAsync(TimelineDb db) => new(
        await db.Events.CountAsync(), await db.EventTypes.CountAsync(), await db.Articles.CountAsync(), await db.Places.CountAsync(),
        await db.Actors.CountAsync(), await db.EventActors.CountAsync(), await db.EventTags.CountAsync(),
        await db.Citations.CountAsync(), await db.Claims.CountAsync(), await db.Revisions.CountAsync(),
        await db.Database.SqlQueryRaw<int>("""SELECT count(*) AS "Value" FROM "EventSearch" """).SingleAsync());

    [Fact]
    public async Task A_fresh_database_gets_all_24_seed_events_with_their_sources()
    {
        using var factory = NewApp();
        await using var db = factory.CreateDb();

        var counts = await CountAsync(db);

        Assert.Equal(24, counts.Events);
        Assert.Equal(10, counts.Types);
        Assert.Equal(2, counts.Articles);
        Assert.Equal(24, counts.Revisions);
        Assert.Equal(24, counts.SearchRows);
        Assert.True(counts.Citations >= 24, $"{counts.Citations} citations");
        Assert.True(counts.Claims > 0 && counts.EventActors > 24 && counts.Tags > 24 && counts.Places > 5 && counts.Actors > 10, counts.ToString());
        Assert.Equal(0, await db.Events.CountAsync(e => !e.Citations.Any()));
        Assert.Equal(24, await db.Events.CountAsync(e => e.Status == EventStatus.Published && e.CreatedBy == "seed" && e.Version == 1));
    }

    [Fact]
    public async Task Importing_again_adds_nothing()
    {
        using var factory = NewApp();
        await using var db = factory.CreateDb();
        var before = await CountAsync(db);

        await using var scope = factory.Services.CreateAsyncScope();
        var added = await scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportAsync();

        Assert.Equal(0, added);
        Assert.Equal(before, await CountAsync(db));
    }

    [Fact]
    public async Task A_database_that_imported_an_older_article_text_keeps_it_and_its_quotes()
    {
        using var factory = NewApp();
        await using var db = factory.CreateDb();
        var blog = await db.Articles.SingleAsync(a => a.Key == "blog-2015-02-21");
        var older = "0\n\n" + blog.Text + "\n\nPost a Comment\n\n\u00a0\nTop";
        await db.Articles.Where(a => a.Id == blog.Id).ExecuteUpdateAsync(x => x.SetProperty(a => a.Text, older).SetProperty(a => a.Outlet, "unknown"));

        await using var scope = factory.Services.CreateAsyncScope();
        var added = await scope.ServiceProvider.GetRequiredService<SeedImporter>().ImportAsync();

        // The import adds what is missing and never rewrites an article already in the database: editors may have
        // reviewed or edited it since (each with a revision), and its citations quote it as it is.
        Assert.Equal(0, added);
        await using var after = factory.CreateDb();
        var kept = await after.Articles.AsNoTracking().SingleAsync(a => a.Id == blog.Id);
        Assert.Equal((older, "unknown"), (kept.Text, kept.Outlet));
        var quotes = await after.Citations.Where(c => c.ArticleId == blog.Id).Select(c => c.Quote).ToListAsync();
        Assert.All(quotes, q => Assert.Contains(q, kept.Text));
    }

    [Fact]
    public async Task A_second_start_on_the_same_database_imports_nothing_twice()
    {
        using var first = NewApp();
        Counts before;
        await using (var db = first.CreateDb()) before = await CountAsync(db);

        using var second = NewApp().With("ConnectionStrings:Timeline", first.ConnectionString);
        await using var again = second.CreateDb();

        Assert.Equal(before, await CountAsync(again));
    }

    [Fact]
    public async Task Every_seed_quote_occurs_verbatim_in_its_article_text()
    {
        using var factory = NewApp();
        await using var db = factory.CreateDb();

        var citations = await db.Citations.Include(c => c.Article).ToListAsync();

        Assert.NotEmpty(citations);
        Assert.All(citations, c => Assert.True(c.Article.Text.Contains(c.Quote, StringComparison.Ordinal),
            $"citation {c.Id} of event {c.EventId}: \"{c.Quote}\" is not in {c.Article.Key}"));
    }
}
