using TimelineApp.Editing;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Editing;

/// <summary>Issue 14, item 4: approving a proposal made before a newer publish must not undo that publish.</summary>
public class StaleApprovalTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    private readonly EditingKit _kit = new(factory);

    [Fact]
    public async Task Should_refuse_to_approve_a_proposal_older_than_a_direct_publish_and_answer_with_the_conflict()
    {
        var id = await _kit.CreatePublishedAsync("Title before the proposal");
        var proposal = (await _kit.Loader.LoadAsync(id))!.Form.With(f => f.Summary = "An editor's new summary of what happened that day.");
        Assert.Equal(EditOutcome.Proposed, (await _kit.Editor.SaveAsync(proposal, EditingKit.AnEditor)).Outcome);

        // The reviewer opens the event (the form shows the proposal), changes the title and publishes directly.
        var opened = (await _kit.Loader.LoadAsync(id))!;
        var pendingNumber = opened.PendingNumber!.Value;
        var published = await _kit.Editor.SaveAsync(opened.Form.With(f => f.Title = "Title the reviewer published"), EditingKit.AReviewer, publishDirectly: true);
        Assert.Equal(EditOutcome.Saved, published.Outcome);

        var approve = await _kit.Workflow.ApproveAsync(id, pendingNumber, EditingKit.AReviewer);

        Assert.Equal(EditOutcome.Conflict, approve.Outcome);
        var conflict = Assert.IsType<EditConflict>(approve.Conflict);
        Assert.Equal("Title the reviewer published", conflict.Theirs.Title);
        Assert.Equal("Title before the proposal", conflict.Base!.Title);
        Assert.Equal("Title the reviewer published", (await _kit.ReadAsync(id)).Title);
        // The rows the conflict panel shows: the title is theirs alone, nothing is silently reverted.
        var rows = ConflictMerge.Compare(conflict.Base, EditSnapshot.ReadForm(await PendingSnapshotAsync(id, pendingNumber)), conflict.Theirs, new Dictionary<int, string>());
        Assert.Contains(rows, r => r.Field.Name == "Title" && r.ChangedByThem && !r.ChangedByMe && r.TakeTheirs);
    }

    [Fact]
    public async Task Should_still_approve_a_proposal_when_nothing_changed_since()
    {
        var id = await _kit.CreatePublishedAsync("Untouched since the proposal");
        var proposal = (await _kit.Loader.LoadAsync(id))!.Form.With(f => f.Title = "Proposed title");
        Assert.Equal(EditOutcome.Proposed, (await _kit.Editor.SaveAsync(proposal, EditingKit.AnEditor)).Outcome);
        var pending = (await _kit.Loader.LoadAsync(id))!.PendingNumber!.Value;
        Assert.Equal(EditOutcome.Saved, (await _kit.Workflow.ApproveAsync(id, pending, EditingKit.AReviewer)).Outcome);
        Assert.Equal("Proposed title", (await _kit.ReadAsync(id)).Title);
    }

    private async Task<string> PendingSnapshotAsync(int id, int number)
    {
        await using var db = await _kit.Db.CreateDbContextAsync();
        return db.Revisions.Single(r => r.EventId == id && r.Number == number).Snapshot;
    }
}
