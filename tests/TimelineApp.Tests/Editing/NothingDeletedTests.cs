using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Data;
using TimelineApp.Editing.SourceForms;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Editing;

/// <summary>Nothing is hard-deleted: source articles are archived (and only when nothing cites them), and no route deletes.</summary>
public class NothingDeletedTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    private readonly EditingKit _kit = new(factory);
    private SourceEditor Sources => factory.Services.GetRequiredService<SourceEditor>();

    private async Task<int> NewArticleAsync(string headline)
    {
        var saved = await Sources.SaveAsync(new SourceForm
        {
            Outlet = "Test Wire", Author = "unknown", Headline = headline, PublishedDate = "18 Feb 2015", Text = "Nothing happened in Derna today.",
        }, EditingKit.AReviewer); // a reviewer's article is public at once (an editor's awaits acceptance)
        Assert.True(saved.Succeeded, saved.Message);
        return saved.EventId!.Value;
    }

    [Fact]
    public async Task Should_archive_and_restore_an_uncited_article_without_deleting_it()
    {
        var id = await NewArticleAsync("A wire report nobody cites");
        var archived = await Sources.SetArchivedAsync(id, true, EditingKit.AReviewer);
        Assert.True(archived.Succeeded, archived.Message);
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/sources/{id}")).StatusCode);
        await using (var db = factory.CreateDb()) Assert.True((await db.Articles.SingleAsync(a => a.Id == id)).IsArchived);
        Assert.DoesNotContain(await factory.Services.GetRequiredService<TimelineApp.Editing.EditingLookups>().ArticlesAsync(), a => a.Id == id);

        Assert.True((await Sources.SetArchivedAsync(id, false, EditingKit.AReviewer)).Succeeded);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync($"/sources/{id}")).StatusCode);
    }

    [Fact]
    public async Task Should_keep_an_article_that_events_cite_and_refuse_editors()
    {
        var vice = _kit.ViceArticleId();
        var refused = await Sources.SetArchivedAsync(vice, true, EditingKit.AReviewer);
        Assert.False(refused.Succeeded);
        Assert.Matches(@"^\d+ events still cite this article; archive them or cite another source first\.$", refused.Message);
        Assert.Equal(TimelineApp.Editing.EditOutcome.Denied, (await Sources.SetArchivedAsync(await NewArticleAsync("Editors cannot archive"), true, EditingKit.AnEditor)).Outcome);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync($"/sources/{vice}")).StatusCode);
    }

    [Fact]
    public void Should_have_no_route_that_deletes()
    {
        var methods = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? []);
        Assert.DoesNotContain("DELETE", methods);
    }

    [Fact]
    public async Task Should_refuse_even_a_direct_delete_of_a_cited_article_in_the_database()
    {
        await using var db = factory.CreateDb();
        db.Articles.Remove(await db.Articles.SingleAsync(a => a.Key == "vice-news-2015-02-17"));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}
