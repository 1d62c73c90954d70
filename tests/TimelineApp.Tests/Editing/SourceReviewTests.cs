using Microsoft.EntityFrameworkCore;
using TimelineApp.Editing;
using TimelineApp.Editing.SourceForms;
using TimelineApp.Sources;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Editing;

/// <summary>Issue 14, item 2: source articles get revisions with diffs and restore, and editors' changes to cited articles await review.</summary>
public class SourceReviewTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    private readonly EditingKit _kit = new(factory);
    private SourceEditor Editor => new(_kit.Db, _kit.Clock);
    private SourceReview Review => new(_kit.Db, Editor, _kit.Clock);

    [Fact]
    public async Task Should_hold_an_editors_change_to_a_cited_article_until_a_reviewer_approves_it()
    {
        var id = _kit.ViceArticleId();
        var form = (await Review.LoadForEditingAsync(id))!; // as the page opens it: a proposal waiting is what the editor revises
        var (outlet, url) = (form.Outlet, form.Url);
        form.Url = "https://evil.example/phish";
        form.Outlet = "Evil Outlet";

        var proposed = await Editor.SaveAsync(form, EditingKit.AnEditor);

        Assert.Equal(EditOutcome.Proposed, proposed.Outcome);
        var reader = await new SourceQuery(_kit.Db).ByIdAsync(id);
        Assert.Equal((outlet, url), (reader!.Article.Outlet, reader.Article.Url));
        var state = (await Review.StateAsync(id))!;
        Assert.Contains(state.PendingChanges, c => c.Field == "Web address" && c.After == "https://evil.example/phish");
        Assert.Equal(EditOutcome.Denied, (await Review.ApproveAsync(id, state.PendingNumber!.Value, EditingKit.AnEditor)).Outcome);

        Assert.True((await Review.ApproveAsync(id, state.PendingNumber.Value, EditingKit.AReviewer)).Succeeded);
        Assert.Equal("Evil Outlet", (await new SourceQuery(_kit.Db).ByIdAsync(id))!.Article.Outlet);

        // Every save is a revision with a diff, and an old one can be restored.
        var history = await Review.HistoryAsync(id);
        Assert.Contains(history.Single(r => r.Kind == "approved").Changes, c => c.Field == "Outlet" && c.Before == outlet && c.After == "Evil Outlet");
        var original = history.Single(r => r.Kind == "imported").Number;
        Assert.Equal(EditOutcome.Saved, (await Review.RestoreAsync(id, original, EditingKit.AReviewer)).Outcome);
        Assert.Equal(url, (await new SourceQuery(_kit.Db).ByIdAsync(id))!.Article.Url);
    }

    [Fact]
    public async Task Should_keep_an_editors_new_article_from_readers_until_a_reviewer_accepts_it()
    {
        var form = new SourceForm
        {
            Outlet = "Example Wire", Author = "unknown", Headline = "Something happened", PublishedDate = "17 Feb 2015",
            Language = "en", Text = "Something happened in Derna on Monday.",
        };
        var added = await Editor.SaveAsync(form, EditingKit.AnEditor);
        Assert.Equal(EditOutcome.Saved, added.Outcome);
        var id = added.EventId!.Value;
        Assert.Null(await new SourceQuery(_kit.Db).ByIdAsync(id));
        Assert.DoesNotContain(await new SourceQuery(_kit.Db).ListAsync(), a => a.Id == id);
        Assert.True((await Review.StateAsync(id))!.AwaitsAcceptance);

        Assert.Equal(EditOutcome.Denied, (await Review.AcceptAsync(id, (await Review.StateAsync(id))!.SeenRevision, EditingKit.AnEditor)).Outcome);
        Assert.True((await Review.AcceptAsync(id, (await Review.StateAsync(id))!.SeenRevision, EditingKit.AReviewer)).Succeeded);
        Assert.NotNull(await new SourceQuery(_kit.Db).ByIdAsync(id));
        Assert.Equal(["created", "accepted"], (await Review.HistoryAsync(id)).Select(r => r.Kind).Reverse());
    }

    [Fact]
    public async Task Should_refuse_to_approve_an_article_change_older_than_a_reviewers_save()
    {
        var id = _kit.ViceArticleId();
        var proposal = (await Editor.LoadAsync(id))!;
        proposal.Author = "Proposed author";
        Assert.Equal(EditOutcome.Proposed, (await Editor.SaveAsync(proposal, EditingKit.AnEditor)).Outcome);
        var pending = (await Review.StateAsync(id))!.PendingNumber!.Value;
        var direct = (await Editor.LoadAsync(id))!;
        direct.Headline += " (updated)";
        Assert.Equal(EditOutcome.Saved, (await Editor.SaveAsync(direct, EditingKit.AReviewer)).Outcome);

        Assert.Equal(EditOutcome.Conflict, (await Review.ApproveAsync(id, pending, EditingKit.AReviewer)).Outcome);
        await using var db = await _kit.Db.CreateDbContextAsync();
        Assert.EndsWith("(updated)", (await db.Articles.SingleAsync(a => a.Id == id)).Headline);
    }
}
