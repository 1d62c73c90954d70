using TimelineApp.Data;
using TimelineApp.Editing;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Editing;

/// <summary>An abandoned draft never pushes a published event's address to "-2"; published addresses never move.</summary>
public class PublishedSlugTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    private readonly EditingKit _kit = new(factory);

    private async Task<int> DraftAsync(string title) => (await _kit.Editor.SaveAsync(_kit.NewForm(title), EditingKit.AnEditor)).EventId!.Value;

    [Fact]
    public async Task Should_give_the_first_published_event_the_plain_slug_when_an_older_draft_held_it()
    {
        var abandoned = await DraftAsync("Egypt asks for an alliance");
        var second = await DraftAsync("Egypt asks for an alliance");
        Assert.Equal("egypt-asks-for-an-alliance-2", (await _kit.ReadAsync(second)).Slug);

        var published = await _kit.Workflow.PublishAsync(second, 1, EditingKit.AReviewer);

        Assert.True(published.Succeeded, published.Message);
        Assert.Equal("egypt-asks-for-an-alliance", (await _kit.ReadAsync(second)).Slug);
        var moved = await _kit.ReadAsync(abandoned);
        Assert.Equal(EventStatus.Draft, moved.Status);
        Assert.StartsWith("egypt-asks-for-an-alliance-unpublished", moved.Slug);
    }

    [Fact]
    public async Task Should_take_the_slug_from_an_archived_draft_but_never_from_a_once_published_event()
    {
        var archivedDraft = await DraftAsync("Al-Qubba bombed twice");
        Assert.True((await _kit.Workflow.ArchiveAsync(archivedDraft, 1, EditingKit.AReviewer)).Succeeded);
        var wasPublished = await _kit.CreatePublishedAsync("Tobruk parliament meets");
        Assert.True((await _kit.Workflow.ArchiveAsync(wasPublished, 2, EditingKit.AReviewer)).Succeeded);

        var first = await DraftAsync("Al-Qubba bombed twice");
        var second = await DraftAsync("Tobruk parliament meets");
        Assert.True((await _kit.Workflow.PublishAsync(first, 1, EditingKit.AReviewer)).Succeeded);
        Assert.True((await _kit.Workflow.PublishAsync(second, 1, EditingKit.AReviewer)).Succeeded);

        Assert.Equal("al-qubba-bombed-twice", (await _kit.ReadAsync(first)).Slug);
        Assert.Equal("tobruk-parliament-meets", (await _kit.ReadAsync(wasPublished)).Slug);
        Assert.Equal("tobruk-parliament-meets-2", (await _kit.ReadAsync(second)).Slug);
    }

    [Fact]
    public async Task Should_keep_a_published_slug_when_the_event_is_archived_and_restored()
    {
        var id = await _kit.CreatePublishedAsync("Derna strikes resume");
        Assert.True((await _kit.Workflow.ArchiveAsync(id, 2, EditingKit.AReviewer)).Succeeded);
        var other = await DraftAsync("Derna strikes resume");
        Assert.True((await _kit.Workflow.PublishAsync(other, 1, EditingKit.AReviewer)).Succeeded);
        Assert.True((await _kit.Workflow.RestoreAsync(id, 3, EditingKit.AReviewer)).Succeeded);

        Assert.Equal("derna-strikes-resume", (await _kit.ReadAsync(id)).Slug);
        Assert.Equal("derna-strikes-resume-2", (await _kit.ReadAsync(other)).Slug);
    }

    [Fact]
    public async Task Should_find_the_event_that_already_cites_a_sentence_or_has_the_title()
    {
        var id = await DraftAsync("Sisi demands a resolution, again");
        var existing = new ExistingEvents(_kit.Db);

        var citing = await existing.CitingAsync(_kit.ViceArticleId(), "President Abdel Fattah el-Sisi today demanded a UN resolution mandating");
        var titled = await existing.TitledAsync("  sisi demands a resolution, AGAIN ");

        Assert.Contains(citing, e => e.Id == id);
        Assert.Equal([id], titled.Select(e => e.Id));
        Assert.Empty(await existing.CitingAsync(_kit.ViceArticleId(), "a sentence no event cites"));
    }

    [Fact]
    public async Task Should_say_what_a_workflow_step_did_in_plain_words()
    {
        var id = await DraftAsync("Plain words after each step");
        var submitted = await _kit.Workflow.SubmitAsync(id, 1, EditingKit.AnEditor);
        var published = await _kit.Workflow.PublishAsync(id, 2, EditingKit.AReviewer);

        Assert.Equal("Submitted for review.", submitted.Message);
        Assert.Equal("Published: readers can see this event now.", published.Message);
    }
}
