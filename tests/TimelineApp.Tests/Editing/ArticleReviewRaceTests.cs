using Microsoft.EntityFrameworkCore;
using TimelineApp.Accounts;
using TimelineApp.Editing;
using TimelineApp.Editing.SourceForms;
using TimelineApp.Sources;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Editing;

/// <summary>
/// Source articles under review when people act at once: a reviewer accepts only the version they read, every
/// accepted article takes editors' changes as proposals, and two proposals at the same moment are never reported
/// as waiting when one was dropped. Runs on a SQLite file here and on PostgreSQL in <see cref="ArticleReviewRaceOnPostgres"/>.
/// </summary>
public class ArticleReviewRaceTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    private static readonly System.Security.Claims.ClaimsPrincipal OtherEditor = EditingKit.Person("ed2@example.org", Roles.Editor);
    private readonly EditingKit _kit = new(factory);
    private SourceEditor Editor => new(_kit.Db, _kit.Clock);
    private SourceReview Review => new(_kit.Db, Editor, _kit.Clock);

    [Fact]
    public async Task Should_refuse_to_accept_an_article_changed_after_the_reviewer_opened_it_and_show_what_changed()
    {
        var id = await NewArticleAsync("Original headline");
        var seen = (await Review.StateAsync(id))!.SeenRevision;
        var other = (await Review.LoadForEditingAsync(id))!;
        other.Headline = "Headline changed by another editor";
        other.Text += " A sentence nobody reviewed.";
        Assert.Equal(EditOutcome.Saved, (await Editor.SaveAsync(other, OtherEditor)).Outcome);

        var accept = await Review.AcceptAsync(id, seen, EditingKit.AReviewer);

        Assert.Equal(EditOutcome.Conflict, accept.Outcome);
        Assert.Contains("Headline", accept.Message);
        Assert.Contains("Text", accept.Message);
        Assert.Null(await new SourceQuery(_kit.Db).ByIdAsync(id));
        var changed = (await Review.ChangedSinceAsync(id, seen))!;
        Assert.Equal("ed2@example.org", changed.By);
        Assert.Contains(changed.Changes, c => c.Field == "Headline" && c.Before == "Original headline" && c.After == "Headline changed by another editor");

        // Having been shown the change, the reviewer accepts the version the page now shows.
        Assert.True((await Review.AcceptAsync(id, (await Review.StateAsync(id))!.SeenRevision, EditingKit.AReviewer)).Succeeded);
        Assert.Equal("Headline changed by another editor", (await new SourceQuery(_kit.Db).ByIdAsync(id))!.Article.Headline);
    }

    [Fact]
    public async Task Should_hold_an_editors_change_to_an_accepted_article_that_no_event_cites_until_a_reviewer_approves_it()
    {
        var id = await AcceptedArticleAsync("Accepted, cited by nothing");
        var form = (await Review.LoadForEditingAsync(id))!;
        form.Headline = "Unreviewed headline";

        var saved = await Editor.SaveAsync(form, EditingKit.AnEditor);

        Assert.Equal(EditOutcome.Proposed, saved.Outcome);
        Assert.Equal("Accepted, cited by nothing", (await new SourceQuery(_kit.Db).ByIdAsync(id))!.Article.Headline);
        Assert.Contains((await Review.StateAsync(id))!.PendingChanges, c => c.Field == "Headline" && c.After == "Unreviewed headline");
    }

    [Fact]
    public async Task Should_never_tell_two_editors_proposing_at_the_same_moment_that_both_wait_when_one_was_dropped()
    {
        var id = await AcceptedArticleAsync("Two proposals at once");
        for (var round = 0; round < 4; round++)
        {
            var mine = (await Review.LoadForEditingAsync(id))!;
            var theirs = (await Review.LoadForEditingAsync(id))!;
            mine.Author = $"Author from editor one, round {round}";
            theirs.Author = $"Author from editor two, round {round}";
            var go = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var saves = new[] { (mine, EditingKit.AnEditor), (theirs, OtherEditor) }
                .Select(s => Task.Run(async () => { await go.Task; return (s.Item1.Author, Result: await Editor.SaveAsync(s.Item1, s.Item2)); })).ToList();
            go.SetResult();
            var results = await Task.WhenAll(saves);

            await using var db = await _kit.Db.CreateDbContextAsync();
            var pending = await db.ArticleRevisions.Where(r => r.ArticleId == id && r.IsPending).Select(r => r.Snapshot).ToListAsync();
            var waiting = pending.Select(p => SourceRevisions.ReadForm(p).Author).ToHashSet();
            foreach (var (author, result) in results)
            {
                if (result.Outcome == EditOutcome.Proposed) Assert.Contains(author, waiting);
                else Assert.True(result.Outcome == EditOutcome.Conflict && result.Message!.Contains("was not proposed"), result.Message);
            }
            Assert.Contains(results, r => r.Result.Outcome == EditOutcome.Proposed);
            var state = (await Review.StateAsync(id))!;
            Assert.True((await Review.RejectAsync(id, state.PendingNumber!.Value, EditingKit.AReviewer)).Succeeded);
        }
    }

    [Fact]
    public async Task Should_let_an_editor_replace_the_proposal_their_form_was_loaded_from()
    {
        var id = await AcceptedArticleAsync("A proposal revised");
        var first = (await Review.LoadForEditingAsync(id))!;
        first.Author = "First try";
        Assert.Equal(EditOutcome.Proposed, (await Editor.SaveAsync(first, EditingKit.AnEditor)).Outcome);
        var second = (await Review.LoadForEditingAsync(id))!;
        Assert.Equal("First try", second.Author);
        second.Author = "Second try";
        Assert.Equal(EditOutcome.Proposed, (await Editor.SaveAsync(second, OtherEditor)).Outcome);
        Assert.Contains((await Review.StateAsync(id))!.PendingChanges, c => c.Field == "Author" && c.After == "Second try");
    }

    private async Task<int> NewArticleAsync(string headline)
    {
        var added = await Editor.SaveAsync(new SourceForm
        {
            Outlet = "Example Wire", Author = "unknown", Headline = headline, PublishedDate = "17 Feb 2015",
            Language = "en", Text = $"{headline}: something happened in Derna on Monday.",
        }, EditingKit.AnEditor);
        Assert.Equal(EditOutcome.Saved, added.Outcome);
        return added.EventId!.Value;
    }

    private async Task<int> AcceptedArticleAsync(string headline)
    {
        var id = await NewArticleAsync(headline);
        Assert.True((await Review.AcceptAsync(id, (await Review.StateAsync(id))!.SeenRevision, EditingKit.AReviewer)).Succeeded);
        return id;
    }
}

public sealed class ArticleReviewRaceOnPostgres(PostgresTimelineFactory app) : ArticleReviewRaceTests(app), IClassFixture<PostgresTimelineFactory>, IRunsOnPostgres;
