using TimelineApp.Data;
using TimelineApp.Editing;
using TimelineApp.Editing.SourceForms;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Editing;

/// <summary>
/// Issue 14, item 2 follow-up: an event that cites an article no reviewer has accepted cannot go live by any route —
/// publish, "Save and publish now", approving a change — and the reviewer is told which citation and where to accept it.
/// </summary>
public class UnacceptedArticlePublishTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    private const string Quote = "Witnesses counted eleven vehicles at the checkpoint.";
    private readonly EditingKit _kit = new(factory);
    private SourceEditor Sources => new(_kit.Db, _kit.Clock);
    private SourceReview Review => new(_kit.Db, Sources, _kit.Clock);

    [Fact]
    public async Task Should_refuse_to_publish_an_event_citing_an_unaccepted_article_until_a_reviewer_accepts_it()
    {
        var article = await NewArticleByAnEditorAsync("Checkpoint report");
        var form = _kit.NewForm("Convoy stopped at the checkpoint");
        form.Citations.Add(new CitationForm { ArticleId = article, Quote = Quote });
        var id = (await _kit.Editor.SaveAsync(form, EditingKit.AnEditor)).EventId!.Value;

        var refused = await _kit.Workflow.PublishAsync(id, 1, EditingKit.AReviewer);

        Assert.Equal(EditOutcome.Invalid, refused.Outcome);
        Assert.Contains("Citation 2 cites “Checkpoint report”", refused.Message);
        Assert.Contains($"/edit/sources/{article}", refused.Message);
        Assert.Contains(refused.Errors!, e => e.Field == nameof(CitationForm.ArticleId));
        Assert.Equal(EventStatus.Draft, (await _kit.ReadAsync(id)).Status);

        Assert.True((await Review.AcceptAsync(article, (await Review.StateAsync(article))!.SeenRevision, EditingKit.AReviewer)).Succeeded);
        Assert.True((await _kit.Workflow.PublishAsync(id, 1, EditingKit.AReviewer)).Succeeded);
        Assert.Equal(EventStatus.Published, (await _kit.ReadAsync(id)).Status);
    }

    [Fact]
    public async Task Should_refuse_to_put_an_unaccepted_article_live_on_a_published_event_by_approval_or_direct_publish()
    {
        var id = await _kit.CreatePublishedAsync("Published before the new article");
        var article = await NewArticleByAnEditorAsync("Later report");
        var proposal = (await _kit.Loader.LoadAsync(id))!.Form.With(f => f.Citations.Add(new CitationForm { ArticleId = article, Quote = Quote }));
        Assert.Equal(EditOutcome.Proposed, (await _kit.Editor.SaveAsync(proposal, EditingKit.AnEditor)).Outcome);
        var opened = (await _kit.Loader.LoadAsync(id))!;

        var approve = await _kit.Workflow.ApproveAsync(id, opened.PendingNumber!.Value, EditingKit.AReviewer);
        var direct = await _kit.Editor.SaveAsync(opened.Form, EditingKit.AReviewer, publishDirectly: true);

        Assert.Equal((EditOutcome.Invalid, EditOutcome.Invalid), (approve.Outcome, direct.Outcome));
        Assert.Contains("no reviewer has accepted yet", approve.Message);
        Assert.Equal(1, await CitationCountAsync(id));

        Assert.True((await Review.AcceptAsync(article, (await Review.StateAsync(article))!.SeenRevision, EditingKit.AReviewer)).Succeeded);
        Assert.Equal(EditOutcome.Saved, (await _kit.Workflow.ApproveAsync(id, opened.PendingNumber.Value, EditingKit.AReviewer)).Outcome);
        Assert.Equal(2, await CitationCountAsync(id));
    }

    private async Task<int> NewArticleByAnEditorAsync(string headline)
    {
        var added = await Sources.SaveAsync(new SourceForm
        {
            Outlet = "Example Wire", Author = "unknown", Headline = headline, PublishedDate = "18 Feb 2015",
            Language = "en", Text = "Early on Wednesday. " + Quote + " Nobody was hurt.",
        }, EditingKit.AnEditor);
        Assert.Equal(EditOutcome.Saved, added.Outcome);
        return added.EventId!.Value;
    }

    private async Task<int> CitationCountAsync(int id)
    {
        await using var db = await _kit.Db.CreateDbContextAsync();
        return db.Citations.Count(c => c.EventId == id);
    }
}
