using MudBlazor;
using TimelineApp.Editing;
using TimelineApp.Editing.Lists;
using TimelineApp.Editing.SourceForms;
using TimelineApp.Sources;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Editing;

/// <summary>
/// Revision history read one page at a time from the database: every page's diffs equal those of the whole history
/// read at once, including a page whose oldest row follows a pending proposal (its base is the applied revision before).
/// </summary>
public class RevisionPagingTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    private readonly EditingKit _kit = new(factory);

    /// <summary>A published event with 28 revisions (more than one page of 25): direct edits, editors' proposals, approvals and a rejection.</summary>
    private async Task<int> BusyEventAsync()
    {
        var id = await _kit.CreatePublishedAsync("Paged history");
        for (var i = 1; i <= 16; i++)
        {
            var form = (await _kit.Loader.LoadAsync(id))!.Form.With(f => f.Summary = $"Summary {i}");
            Assert.True((await _kit.Editor.SaveAsync(form, EditingKit.AReviewer, publishDirectly: true)).Succeeded);
            if (i % 3 != 0) continue;
            var proposal = (await _kit.Loader.LoadAsync(id))!.Form.With(f => f.Title = $"Proposed title {i}");
            Assert.Equal(EditOutcome.Proposed, (await _kit.Editor.SaveAsync(proposal, EditingKit.AnEditor)).Outcome);
            var pending = (await _kit.Loader.LoadAsync(id))!.PendingNumber!.Value;
            var decided = i == 6
                ? await _kit.Workflow.RejectAsync(id, pending, EditingKit.AReviewer, "Not yet")
                : await _kit.Workflow.ApproveAsync(id, pending, EditingKit.AReviewer);
            Assert.True(decided.Succeeded, decided.Message);
        }
        return id;
    }

    private static async Task<List<RevisionEntry>> AllPagesAsync(Func<ListRequest, Task<GridData<RevisionEntry>>> page, int size)
    {
        var first = await page(new ListRequest(0, size, null, false, null));
        var entries = first.Items.ToList();
        for (var p = 1; p * size < first.TotalItems; p++) entries.AddRange((await page(new ListRequest(p, size, null, false, null))).Items);
        Assert.Equal(first.TotalItems, entries.Count);
        return entries;
    }

    private static void AssertSame(IReadOnlyList<RevisionEntry> whole, IReadOnlyList<RevisionEntry> paged)
    {
        Assert.Equal(whole.Select(e => e.Number), paged.Select(e => e.Number));
        foreach (var (w, p) in whole.Zip(paged))
        {
            Assert.Equal((w.Kind, w.Status, w.IsPending, w.IsLatest), (p.Kind, p.Status, p.IsPending, p.IsLatest));
            Assert.Equal(w.Changes, p.Changes);
        }
    }

    [Theory]
    [InlineData(10)]
    [InlineData(25)]
    public async Task Should_give_each_page_the_same_diffs_as_the_whole_history(int pageSize)
    {
        var id = await BusyEventAsync();
        var whole = await _kit.History.LoadAsync(id);
        Assert.True(whole.Count > 25, $"{whole.Count} revisions");
        Assert.Contains(whole, e => e.Kind == "proposed");
        var paged = await AllPagesAsync(r => _kit.History.PageAsync(id, r), pageSize);
        AssertSame(whole, paged);
        Assert.Single(paged, e => e.IsLatest);
        Assert.All(paged.Where(e => e.Number > 1 && e.Kind is not ("proposed" or "rejected")), e => Assert.NotEmpty(e.Changes));
    }

    [Fact]
    public async Task Should_answer_a_page_past_the_end_with_the_last_page_and_an_unknown_event_with_nothing()
    {
        var id = await BusyEventAsync();
        var last = await _kit.History.PageAsync(id, new ListRequest(99, 10, null, false, null));
        Assert.Contains(last.Items, e => e.Number == 1);
        var none = await _kit.History.PageAsync(-5, new ListRequest(0, 10, null, false, null));
        Assert.Equal((0, 0), (none.TotalItems, none.Items.Count()));
    }

    [Fact]
    public async Task Should_page_an_articles_history_with_the_same_diffs()
    {
        var editor = new SourceEditor(_kit.Db, _kit.Clock);
        var review = new SourceReview(_kit.Db, editor, _kit.Clock);
        var id = _kit.ViceArticleId();
        for (var i = 1; i <= 12; i++)
        {
            var form = (await editor.LoadAsync(id))!;
            form.ReliabilityNote = $"Checked {i} times";
            var saved = await editor.SaveAsync(form, i % 4 == 0 ? EditingKit.AnEditor : EditingKit.AReviewer);
            if (saved.Outcome == EditOutcome.Proposed)
                Assert.True((await review.ApproveAsync(id, (await review.StateAsync(id))!.PendingNumber!.Value, EditingKit.AReviewer)).Succeeded);
        }
        var whole = await review.HistoryAsync(id);
        Assert.True(whole.Count > 10);
        AssertSame(whole, await AllPagesAsync(r => review.HistoryPageAsync(id, r), 10));
    }
}
