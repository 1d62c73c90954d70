using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Data;
using TimelineApp.Editing;
using TimelineApp.Editing.SourceForms;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Editing;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Security;

/// <summary>
/// A source article and a published event written through the editors' own services with HTML and script in
/// every text field, for tests that look at every place the app shows or exports them.
/// </summary>
public sealed class HostileContentFixture : IAsyncLifetime
{
    public const string Payload = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>";
    /// <summary>What must never reach a page or export as markup (the tag list turns spaces into dashes).</summary>
    public static readonly string[] LiveMarkup = ["<script>alert(1)", "<img src=x", "<img-src=x"];

    public static string Field(string label) => $"{label} {Payload}";

    public TimelineFactory Factory { get; } = new();
    public int ArticleId { get; private set; }
    public int EventId { get; private set; }
    public string Slug { get; private set; } = "";

    public async Task InitializeAsync() => (ArticleId, EventId, Slug) = await WriteAsync(Factory.Services);

    /// <summary>Writes the article and the published event through the app's services; their ids and the event's slug.</summary>
    public static async Task<(int ArticleId, int EventId, string Slug)> WriteAsync(IServiceProvider services)
    {
        await TestUsers.EnsureBothAsync(services);
        var quote = Field("Quote");
        var article = await services.GetRequiredService<SourceEditor>().SaveAsync(new SourceForm
        {
            Outlet = Field("Outlet"), Author = Field("Author"), Headline = Field("Headline"), PublishedDate = "17 Feb 2015", Language = "en",
            Url = "https://example.org/article?x=%22%3E%3Cscript%3Ealert(1)%3C/script%3E",
            Text = $"First paragraph {Payload}.\n\n{quote} said the article.", ReliabilityNote = Field("Reliability"), DateNote = Field("Published note"),
        }, EditingKit.AReviewer);
        Assert.True(article.Succeeded, article.Message + string.Join("; ", article.Errors?.Select(e => e.Message) ?? []));
        var articleId = article.EventId!.Value;

        var form = new EventForm
        {
            Title = Field("Title"), Summary = Field("Summary"), TypeId = "airstrike", Start = "16 Feb 2015", DateNote = Field("Date note"),
            Place = new PlaceForm { Name = Field("Place"), Country = "LY", Latitude = 32.76, Longitude = 22.64 },
            Actors = [new ActorForm { Name = Field("Actor"), Role = "role\"><img src=x onerror=alert(1)>", Kind = ActorKind.ArmedGroup }],
            Tags = "<script>alert(1)</script>, \"><img src=x onerror=alert(1)>",
            Citations = [new CitationForm
            {
                ArticleId = articleId, Quote = quote,
                Claims = [new ClaimForm { Claimant = Field("Claimant"), Qualifier = Field("Qualifier"), KilledMin = 3, KilledMax = 5, Note = Field("Claim note") }],
            }],
            Note = Field("Revision note"),
        };
        var saved = await services.GetRequiredService<EventEditor>().SaveAsync(form, EditingKit.AnEditor);
        Assert.True(saved.Succeeded, saved.Message + string.Join("; ", saved.Errors?.Select(e => e.Message) ?? []));
        var eventId = saved.EventId!.Value;
        var published = await services.GetRequiredService<EventWorkflow>().PublishAsync(eventId, 1, EditingKit.AReviewer);
        Assert.True(published.Succeeded, published.Message);
        await using var db = await services.GetRequiredService<IDbContextFactory<TimelineDb>>().CreateDbContextAsync();
        return (articleId, eventId, await db.Events.Where(e => e.Id == eventId).Select(e => e.Slug).SingleAsync());
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
