using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using TimelineApp.Accounts;
using TimelineApp.Data;
using TimelineApp.Editing;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Editing;

public sealed class FakeClock(Instant now) : IClock
{
    public Instant Now { get; set; } = now;
    public Instant GetCurrentInstant() => Now;
}

/// <summary>The editing services over a seeded test database, with a fixed clock and ready-made people.</summary>
public sealed class EditingKit
{
    public static readonly Instant March2015 = Instant.FromUtc(2015, 3, 1, 12, 0);

    public EditingKit(TimelineFactory factory)
    {
        Factory = factory;
        Db = factory.Services.GetRequiredService<IDbContextFactory<TimelineDb>>();
        Editor = new EventEditor(Db, Clock);
        Workflow = new EventWorkflow(Db, Editor, Clock);
        Loader = new EventLoader(Db);
        History = new RevisionHistory(Db, Editor);
    }

    public TimelineFactory Factory { get; }
    public IDbContextFactory<TimelineDb> Db { get; }
    public FakeClock Clock { get; } = new(March2015);
    public EventEditor Editor { get; }
    public EventWorkflow Workflow { get; }
    public EventLoader Loader { get; }
    public RevisionHistory History { get; }
    public TimelineApp.Editing.Csv.EventCsvImporter Importer => new(Db, Editor, Clock);

    public static ClaimsPrincipal Person(string name, params string[] roles) => new(new ClaimsIdentity(
        [new System.Security.Claims.Claim(ClaimTypes.Name, name), .. roles.Select(r => new System.Security.Claims.Claim(ClaimTypes.Role, r))], "test"));

    public static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());
    public static readonly ClaimsPrincipal AnEditor = Person("ed@example.org", Roles.Editor);
    public static readonly ClaimsPrincipal AReviewer = Person("rev@example.org", Roles.Reviewer);

    public int ViceArticleId()
    {
        using var db = Db.CreateDbContext();
        return db.Articles.Single(a => a.Key == "vice-news-2015-02-17").Id;
    }

    /// <summary>A complete, valid new event citing the VICE News article.</summary>
    public EventForm NewForm(string title = "Egypt asks the UN for a coalition") => new()
    {
        Title = title,
        Summary = "Sisi asked for a UN resolution mandating a coalition against militants in Libya.",
        TypeId = "un-appeal",
        Start = "17 Feb 2015",
        Place = new PlaceForm { Name = "Cairo", Country = "EG", Latitude = 30.0444, Longitude = 31.2357 },
        Actors = [new ActorForm { Name = "Abdel Fattah el-Sisi", Role = "speaker", Kind = ActorKind.Person }],
        Tags = "egypt, UN coalition",
        Citations =
        [
            new CitationForm
            {
                ArticleId = ViceArticleId(),
                Quote = "President Abdel Fattah el-Sisi today demanded a UN resolution",
            },
        ],
    };

    public async Task<int> CreatePublishedAsync(string title)
    {
        var created = await Editor.SaveAsync(NewForm(title), AnEditor);
        var id = created.EventId!.Value;
        var published = await Workflow.PublishAsync(id, 1, AReviewer);
        Assert.True(published.Succeeded, published.Message);
        return id;
    }

    public async Task<Event> ReadAsync(int id)
    {
        await using var db = await Db.CreateDbContextAsync();
        return await db.Events.AsNoTracking().Include(e => e.Tags).SingleAsync(e => e.Id == id);
    }
}
