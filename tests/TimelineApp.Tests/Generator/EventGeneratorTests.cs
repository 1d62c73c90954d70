using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Data;
using TimelineApp.Generator;
using TimelineApp.Search;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Generator;

/// <summary>The synthetic data the benchmarks run on must look like real curated events.</summary>
public class EventGeneratorTests : IAsyncLifetime
{
    private readonly TempDatabase _file = new();
    private WebApplication _app = null!;

    public async Task InitializeAsync()
    {
        _app = AppHost.Build([$"--ConnectionStrings:Timeline={_file.ConnectionString}", "--Logging:LogLevel:Default=Warning"]);
        await _app.Services.PrepareDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        _file.Dispose();
    }

    private TimelineDb Db() => _app.Services.GetRequiredService<IDbContextFactory<TimelineDb>>().CreateDbContext();

    private Task<int> GenerateAsync(params string[] args) => GenerateVerb.RunAsync(_app, args);

    [Fact]
    public async Task Generates_published_events_with_places_actors_tags_citations_and_claims()
    {
        Assert.Equal(0, await GenerateAsync("1200", "--seed", "7"));

        await using var db = Db();
        var events = await db.Events.AsNoTracking().Where(e => e.CreatedBy == "generator")
            .Include(e => e.Place).Include(e => e.Actors).Include(e => e.Tags).Include(e => e.Citations).ThenInclude(c => c.Claims)
            .AsSplitQuery().ToListAsync();

        Assert.Equal(1200, events.Count);
        Assert.All(events, e =>
        {
            Assert.Equal(EventStatus.Published, e.Status);
            Assert.True(e.Dates.IsValid);
            Assert.Equal(e.Dates.Last, e.LastDate);
            Assert.Equal(e.Dates.Duration, e.DurationClass);
            Assert.InRange(e.StartDate.Year, 2006, 2025);
            Assert.NotNull(e.Place);
            Assert.True(TimelineApp.Events.EventRules.IsSlug(e.Slug), e.Slug);
            Assert.NotEmpty(e.Actors);
            Assert.Contains(e.Tags, t => t.Tag == "synthetic");
            Assert.InRange(e.Citations.Count, 1, 4);
        });
        var types = await db.EventTypes.Select(t => t.Id).ToListAsync();
        Assert.Equal(types.Order(), events.Select(e => e.TypeId).Distinct().Order());
        Assert.True(events.Select(e => e.Place!.Country).Distinct().Count() > 40);
        Assert.True(events.Select(e => e.StartDate.Year).Distinct().Count() == 20);
        Assert.Contains(events, e => e.DatePrecision != TimelineApp.Dates.DatePrecision.Day);
        Assert.Contains(events, e => e.EndDate is not null);
        Assert.True(events.Average(e => e.Citations.Count) > 2);
        Assert.Contains(events, e => e.Citations.SelectMany(c => c.Claims).Select(k => k.KilledMin).Distinct().Count() > 1);
    }

    [Fact]
    public async Task Every_generated_quote_is_in_its_article_and_the_article_follows_the_event()
    {
        await GenerateAsync("1000");

        await using var db = Db();
        var rows = await db.Citations.AsNoTracking().Where(c => c.Article.Key.StartsWith("gen-"))
            .Select(c => new { c.Quote, c.Article.Text, c.Article.PublishedDate, Start = db.Events.Single(e => e.Id == c.EventId).StartDate })
            .ToListAsync();

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains(r.Quote, r.Text));
        Assert.All(rows, r => Assert.True(r.PublishedDate >= r.Start, $"published {r.PublishedDate} before {r.Start}"));
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_events_and_a_second_run_adds_more()
    {
        await GenerateAsync("300", "--seed", "42");
        List<string> first;
        int places, actors;
        await using (var db = Db())
        {
            first = await db.Events.Where(e => e.CreatedBy == "generator").OrderBy(e => e.Id).Select(e => e.Title).ToListAsync();
            (places, actors) = (await db.Places.CountAsync(), await db.Actors.CountAsync());
        }

        await GenerateAsync("300", "--seed", "42");

        await using var again = Db();
        var all = await again.Events.Where(e => e.CreatedBy == "generator").OrderBy(e => e.Id).Select(e => e.Title).ToListAsync();
        Assert.Equal(600, all.Count);
        Assert.Equal(first, all.Skip(300));
        Assert.Equal((places, actors), (await again.Places.CountAsync(), await again.Actors.CountAsync()));
    }

    [Fact]
    public async Task Generated_events_are_searchable()
    {
        await GenerateAsync("500");

        await using var db = Db();
        var searchRows = await db.Database.SqlQueryRaw<int>("SELECT count(*) AS Value FROM EventSearch").SingleAsync();
        var sample = await db.Events.Where(e => e.CreatedBy == "generator").OrderBy(e => e.Id).Skip(250).FirstAsync();
        var found = await EventSearchIndex.Matching(db, sample.Title)!.ToListAsync();

        Assert.Equal(await db.Events.CountAsync(), searchRows);
        Assert.Contains(sample.Id, found);
    }

    [Theory]
    [InlineData]
    [InlineData("many")]
    [InlineData("10", "--seed")]
    [InlineData("-5")]
    public async Task Bad_arguments_are_refused_without_writing(params string[] args)
    {
        Assert.Equal(2, await GenerateAsync(args));

        await using var db = Db();
        Assert.Equal(0, await db.Events.CountAsync(e => e.CreatedBy == "generator"));
    }
}
