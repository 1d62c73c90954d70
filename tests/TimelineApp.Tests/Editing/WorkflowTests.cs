using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;
using TimelineApp.Editing;
using TimelineApp.Events;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Editing;

public class WorkflowTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    private readonly EditingKit _kit = new(factory);

    private async Task<string?> PublicTitleAsync(int id)
    {
        await using var db = await _kit.Db.CreateDbContextAsync();
        var slug = await db.Events.Where(e => e.Id == id).Select(e => e.Slug).SingleAsync();
        var response = await factory.CreateClient().GetAsync($"/api/events/{slug}");
        return response.IsSuccessStatusCode ? (await response.Content.ReadFromJsonAsync<EventDto>())!.Title : null;
    }

    [Fact]
    public async Task Should_take_an_event_from_draft_through_review_to_published()
    {
        var id = (await _kit.Editor.SaveAsync(_kit.NewForm("From draft to published"), EditingKit.AnEditor)).EventId!.Value;
        Assert.Null(await PublicTitleAsync(id));
        Assert.Equal(EditOutcome.Saved, (await _kit.Workflow.SubmitAsync(id, 1, EditingKit.AnEditor)).Outcome);
        Assert.Null(await PublicTitleAsync(id));
        Assert.Equal(EditOutcome.Saved, (await _kit.Workflow.PublishAsync(id, 2, EditingKit.AReviewer, "Checked against VICE")).Outcome);
        Assert.Equal("From draft to published", await PublicTitleAsync(id));
        var kinds = (await _kit.History.LoadAsync(id)).Select(r => (r.Kind, r.Status)).Reverse();
        Assert.Equal([("created", "draft"), ("submitted", "in-review"), ("published", "published")], kinds);
    }

    [Fact]
    public async Task Should_refuse_reviewer_actions_to_editors_and_anonymous_people()
    {
        var id = (await _kit.Editor.SaveAsync(_kit.NewForm("Only reviewers publish"), EditingKit.AnEditor)).EventId!.Value;
        foreach (var who in new[] { EditingKit.AnEditor, EditingKit.Anonymous })
        {
            Assert.Equal(EditOutcome.Denied, (await _kit.Workflow.PublishAsync(id, 1, who)).Outcome);
            Assert.Equal(EditOutcome.Denied, (await _kit.Workflow.ArchiveAsync(id, 1, who)).Outcome);
        }
        Assert.Equal(EditOutcome.Denied, (await _kit.Workflow.SubmitAsync(id, 1, EditingKit.Anonymous)).Outcome);
        Assert.Equal(EventStatus.Draft, (await _kit.ReadAsync(id)).Status);
    }

    [Fact]
    public async Task Should_not_submit_a_draft_whose_citation_lacks_its_quote()
    {
        var form = _kit.NewForm("Quote still missing").With(f => f.Citations[0].Quote = "");
        var id = (await _kit.Editor.SaveAsync(form, EditingKit.AnEditor)).EventId!.Value;
        var result = await _kit.Workflow.SubmitAsync(id, 1, EditingKit.AnEditor);
        Assert.Equal(EditOutcome.Invalid, result.Outcome);
        Assert.Contains("Paste the words of the article", result.Message);
    }

    [Fact]
    public async Task Should_keep_the_published_version_for_readers_until_a_reviewer_approves_the_change()
    {
        var id = await _kit.CreatePublishedAsync("Published title");
        var form = (await _kit.Loader.LoadAsync(id))!.Form.With(f => (f.Title, f.Note) = ("Corrected title", "Typo"));
        var proposed = await _kit.Editor.SaveAsync(form, EditingKit.AnEditor);
        Assert.Equal(EditOutcome.Proposed, proposed.Outcome);
        Assert.Equal("Published title", await PublicTitleAsync(id));

        var reopened = (await _kit.Loader.LoadAsync(id))!;
        Assert.Equal("Corrected title", reopened.Form.Title);
        Assert.NotNull(reopened.PendingNumber);
        Assert.Equal(EditOutcome.Denied, (await _kit.Workflow.ApproveAsync(id, reopened.PendingNumber!.Value, EditingKit.AnEditor)).Outcome);

        Assert.True((await _kit.Workflow.ApproveAsync(id, reopened.PendingNumber.Value, EditingKit.AReviewer)).Succeeded);
        Assert.Equal("Corrected title", await PublicTitleAsync(id));
        var history = await _kit.History.LoadAsync(id);
        Assert.False(history.Single(r => r.Kind == "proposed").IsPending);
        Assert.Equal(new FieldChange("Title", "Published title", "Corrected title"), Assert.Single(history.First(r => r.Kind == "approved").Changes));
    }

    [Fact]
    public async Task Should_reject_a_pending_change_and_keep_the_published_version()
    {
        var id = await _kit.CreatePublishedAsync("Keep me");
        var form = (await _kit.Loader.LoadAsync(id))!.Form.With(f => f.Title = "Not me");
        await _kit.Editor.SaveAsync(form, EditingKit.AnEditor);
        var pending = (await _kit.Loader.LoadAsync(id))!.PendingNumber!.Value;
        Assert.True((await _kit.Workflow.RejectAsync(id, pending, EditingKit.AReviewer, "Source says otherwise")).Succeeded);
        Assert.Equal("Keep me", await PublicTitleAsync(id));
        Assert.Null((await _kit.Loader.LoadAsync(id))!.PendingNumber);
    }

    [Fact]
    public async Task Should_archive_instead_of_deleting_and_restore_to_the_previous_status()
    {
        var id = await _kit.CreatePublishedAsync("Archive and restore");
        var version = (await _kit.ReadAsync(id)).Version;
        Assert.True((await _kit.Workflow.ArchiveAsync(id, version, EditingKit.AReviewer, "Duplicate")).Succeeded);
        Assert.Null(await PublicTitleAsync(id));
        Assert.Equal(EditOutcome.NotAllowedNow, (await _kit.Editor.SaveAsync((await _kit.Loader.LoadAsync(id))!.Form, EditingKit.AnEditor)).Outcome);
        Assert.True((await _kit.Workflow.RestoreAsync(id, version + 1, EditingKit.AReviewer)).Succeeded);
        Assert.Equal(EventStatus.Published, (await _kit.ReadAsync(id)).Status);
        Assert.Equal("Archive and restore", await PublicTitleAsync(id));
    }

    [Fact]
    public async Task Should_restore_an_old_revision_as_a_new_revision()
    {
        var id = (await _kit.Editor.SaveAsync(_kit.NewForm("First wording"), EditingKit.AnEditor)).EventId!.Value;
        var form = (await _kit.Loader.LoadAsync(id))!.Form.With(f => (f.Title, f.Tags) = ("Second wording", "changed"));
        await _kit.Editor.SaveAsync(form, EditingKit.AnEditor);

        var restored = await _kit.History.RestoreAsync(id, 1, 2, EditingKit.AnEditor);
        Assert.Equal(EditOutcome.Saved, restored.Outcome);
        var e = await _kit.ReadAsync(id);
        Assert.Equal(("First wording", 3), (e.Title, e.Version));
        Assert.Equal(["egypt", "un-coalition"], e.Tags.Select(t => t.Tag).Order());
        var latest = (await _kit.History.LoadAsync(id))[0];
        Assert.Equal((3, "restored", "Restored revision 1"), (latest.Number, latest.Kind, latest.Note));
        Assert.Contains(latest.Changes, c => c is { Field: "Title", Before: "Second wording", After: "First wording" });
    }

    [Fact]
    public async Task Should_refuse_a_workflow_step_on_a_stale_version()
    {
        var id = (await _kit.Editor.SaveAsync(_kit.NewForm("Stale"), EditingKit.AnEditor)).EventId!.Value;
        Assert.Equal(EditOutcome.Conflict, (await _kit.Workflow.SubmitAsync(id, 7, EditingKit.AnEditor)).Outcome);
    }
}
