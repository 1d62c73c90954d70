using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;
using TimelineApp.Editing;
using TimelineApp.Events;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Editing;

public class EventEditorTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    private readonly EditingKit _kit = new(factory);

    [Fact]
    public async Task Should_create_a_draft_with_a_first_revision_and_a_search_entry()
    {
        var result = await _kit.Editor.SaveAsync(_kit.NewForm("Sisi demands a UN resolution"), EditingKit.AnEditor);
        Assert.Equal(EditOutcome.Saved, result.Outcome);
        await using var db = await _kit.Db.CreateDbContextAsync();
        var e = await db.Events.Include(x => x.Tags).SingleAsync(x => x.Id == result.EventId);
        Assert.Equal((EventStatus.Draft, 1, "sisi-demands-a-un-resolution"), (e.Status, e.Version, e.Slug));
        Assert.Equal(new NodaTime.LocalDate(2015, 2, 17), e.LastDate);
        Assert.Equal(["egypt", "un-coalition"], e.Tags.Select(t => t.Tag).Order());
        var revision = await db.Revisions.SingleAsync(r => r.EventId == e.Id);
        Assert.Equal((1, "created", "ed@example.org", EditingKit.March2015), (revision.Number, revision.Kind, revision.By, revision.At));
        Assert.Equal("Sisi demands a UN resolution", EditSnapshot.ReadDto(revision.Snapshot)!.Title);
        var found = await EventQuery.Filtered(db, new EventFilter { Text = "resolution Sisi" }, publishedOnly: false).Select(x => x.Id).ToListAsync();
        Assert.Contains(e.Id, found);
    }

    [Fact]
    public async Task Should_refuse_anonymous_writes_and_never_touch_the_database()
    {
        await using var db = await _kit.Db.CreateDbContextAsync();
        var before = await db.Events.CountAsync();
        var result = await _kit.Editor.SaveAsync(_kit.NewForm(), EditingKit.Anonymous);
        Assert.Equal(EditOutcome.Denied, result.Outcome);
        Assert.Equal(before, await db.Events.CountAsync());
    }

    [Fact]
    public async Task Should_return_field_errors_for_bad_input_and_write_nothing()
    {
        await using var db = await _kit.Db.CreateDbContextAsync();
        var before = await db.Events.CountAsync();
        var form = _kit.NewForm().With(f => (f.Start, f.End) = ("17 Feb 2015", "1 Feb 2015"));
        var result = await _kit.Editor.SaveAsync(form, EditingKit.AnEditor);
        Assert.Equal(EditOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Errors!, e => e.Field == nameof(EventForm.End));
        Assert.Equal(before, await db.Events.CountAsync());
    }

    [Fact]
    public async Task Should_detect_a_concurrent_save_and_offer_both_versions()
    {
        var id = (await _kit.Editor.SaveAsync(_kit.NewForm("Two editors at once"), EditingKit.AnEditor)).EventId!.Value;
        var alice = (await _kit.Loader.LoadAsync(id))!.Form;
        var bob = (await _kit.Loader.LoadAsync(id))!.Form;
        var baseline = alice.Clone();

        alice.Summary = "Alice's summary.";
        Assert.Equal(EditOutcome.Saved, (await _kit.Editor.SaveAsync(alice, EditingKit.Person("alice@example.org", "Editor"))).Outcome);
        bob.Title = "Bob's title";
        var conflict = await _kit.Editor.SaveAsync(bob, EditingKit.Person("bob@example.org", "Editor"));

        Assert.Equal(EditOutcome.Conflict, conflict.Outcome);
        Assert.Equal("alice@example.org", conflict.Conflict!.By);
        Assert.Equal("Alice's summary.", conflict.Conflict.Theirs.Summary);
        Assert.Equal("Two editors at once", (await _kit.ReadAsync(id)).Title);

        var rows = ConflictMerge.Compare(baseline, bob, conflict.Conflict.Theirs, new Dictionary<int, string>());
        Assert.Equal(["Title", "Summary"], rows.Select(r => r.Field.Name));
        Assert.False(rows.Single(r => r.Field.Name == "Title").TakeTheirs);
        Assert.True(rows.Single(r => r.Field.Name == "Summary").TakeTheirs);
        var merged = ConflictMerge.Merge(bob, conflict.Conflict.Theirs, rows);
        Assert.Equal(EditOutcome.Saved, (await _kit.Editor.SaveAsync(merged, EditingKit.Person("bob@example.org", "Editor"))).Outcome);
        var saved = await _kit.ReadAsync(id);
        Assert.Equal(("Bob's title", "Alice's summary.", 3), (saved.Title, saved.Summary, saved.Version));
    }

    [Fact]
    public async Task Should_reuse_existing_places_and_actors_and_add_new_ones()
    {
        var form = _kit.NewForm("New actor and known place").With(f =>
        {
            f.Place = new PlaceForm { Name = "Derna", Country = "LY", Latitude = 32.7673, Longitude = 22.6367, GeoPrecision = GeoPrecision.Town };
            f.Actors = [new ActorForm { Name = "Egypt", Role = "Perpetrator" }, new ActorForm { Name = "A new militia", Role = "target", Kind = ActorKind.ArmedGroup }];
        });
        await using var db = await _kit.Db.CreateDbContextAsync();
        var places = await db.Places.CountAsync();
        var id = (await _kit.Editor.SaveAsync(form, EditingKit.AnEditor)).EventId;
        Assert.Equal(places, await db.Places.CountAsync());
        var actors = await db.EventActors.Where(a => a.EventId == id).Include(a => a.Actor).OrderBy(a => a.Role).ToListAsync();
        Assert.Equal([("Egypt", "perpetrator"), ("A new militia", "target")], actors.Select(a => (a.Actor.Name, a.Role)));
        Assert.Equal(ActorKind.ArmedGroup, actors[1].Actor.Kind);
    }
}
