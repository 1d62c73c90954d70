using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Accounts;
using TimelineApp.Data;
using TimelineApp.Editing.Autosave;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Editing.Autosave;

/// <summary>The autosave store on a real database (SQLite here, PostgreSQL in <see cref="AutosaveStoreOnPostgres"/>).</summary>
public class AutosaveStoreTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    private readonly EditingKit _kit = new(factory);
    private AutosaveStore Store => new(_kit.Db, _kit.Clock);

    private static ClaimsPrincipal Signed(string id, string role = Roles.Editor) => new(new ClaimsIdentity(
        [new(ClaimTypes.NameIdentifier, id), new(ClaimTypes.Name, $"{id}@example.org"), new(ClaimTypes.Role, role)], "test"));

    private static AutosaveSlot UniqueEvent() => AutosaveSlot.Event(Random.Shared.Next(1_000_000, int.MaxValue));

    [Fact]
    public async Task Typing_is_stored_in_one_row_per_editor_and_form_and_read_back_with_its_time()
    {
        var (alice, slot) = (Signed(Guid.NewGuid().ToString()), UniqueEvent());
        Assert.Null(await Store.FindAsync(alice, slot));

        var first = await Store.SaveAsync(alice, slot, """{"Title":"Sis"}""");
        _kit.Clock.Now += Duration.FromSeconds(3);
        var second = await Store.SaveAsync(alice, slot, """{"Title":"Sisi demands"}""");

        Assert.Equal(EditingKit.March2015, first);
        Assert.Equal(EditingKit.March2015 + Duration.FromSeconds(3), second);
        Assert.Equal(new AutosavedWork("""{"Title":"Sisi demands"}""", second!.Value), await Store.FindAsync(alice, slot));
        Assert.Equal(1, await RowsAsync(slot));
    }

    [Fact]
    public async Task An_editor_never_sees_another_editors_work_and_readers_can_neither_store_nor_read()
    {
        var slot = UniqueEvent();
        var (alice, bob) = (Signed(Guid.NewGuid().ToString()), Signed(Guid.NewGuid().ToString(), Roles.Reviewer));
        await Store.SaveAsync(alice, slot, "alice's typing");
        var reader = new ClaimsPrincipal(new ClaimsIdentity([new(ClaimTypes.NameIdentifier, "someone"), new(ClaimTypes.Name, "r")], "test"));

        Assert.Null(await Store.FindAsync(bob, slot));
        Assert.Null(await Store.SaveAsync(reader, slot, "reader's typing"));
        Assert.Null(await Store.SaveAsync(EditingKit.Anonymous, slot, "anonymous typing"));
        Assert.Null(await Store.FindAsync(reader, slot));
        Assert.Equal(0, await Store.DiscardAsync(bob, slot));
        Assert.Equal(1, await RowsAsync(slot));
        Assert.Equal("alice's typing", (await Store.FindAsync(alice, slot))!.Content);
    }

    [Fact]
    public async Task Discarding_and_saving_the_form_keep_the_rows_and_only_change_their_state()
    {
        var (alice, slot) = (Signed(Guid.NewGuid().ToString()), UniqueEvent());
        await Store.SaveAsync(alice, slot, "first try");
        Assert.Equal(1, await Store.DiscardAsync(alice, slot));
        Assert.Null(await Store.FindAsync(alice, slot));
        await Store.SaveAsync(alice, slot, "second try");
        Assert.Equal("second try", (await Store.FindAsync(alice, slot))!.Content);
        Assert.Equal(1, await Store.SupersedeAsync(alice, slot));

        Assert.Null(await Store.FindAsync(alice, slot));
        await using var db = await _kit.Db.CreateDbContextAsync();
        var states = await db.FormDrafts.Where(d => d.RecordKey == slot.Record).OrderBy(d => d.Id).Select(d => new { d.Content, d.State }).ToListAsync();
        Assert.Equal([new { Content = "first try", State = FormDraftState.Discarded }, new { Content = "second try", State = FormDraftState.Superseded }], states);
    }

    [Fact]
    public async Task New_forms_existing_records_and_the_two_kinds_of_form_are_kept_apart()
    {
        var alice = Signed(Guid.NewGuid().ToString());
        await Store.SaveAsync(alice, AutosaveSlot.Event(null), "new event");
        await Store.SaveAsync(alice, AutosaveSlot.Event(7), "event 7");
        await Store.SaveAsync(alice, AutosaveSlot.Source(7), "article 7");

        Assert.Equal("new event", (await Store.FindAsync(alice, AutosaveSlot.Event(null)))!.Content);
        Assert.Equal("event 7", (await Store.FindAsync(alice, AutosaveSlot.Event(7)))!.Content);
        Assert.Equal("article 7", (await Store.FindAsync(alice, AutosaveSlot.Source(7)))!.Content);
        Assert.Null(await Store.FindAsync(alice, AutosaveSlot.Source(null)));
    }

    private async Task<int> RowsAsync(AutosaveSlot slot)
    {
        await using var db = await _kit.Db.CreateDbContextAsync();
        return await db.FormDrafts.CountAsync(d => d.FormKey == slot.Form && d.RecordKey == slot.Record);
    }
}

public sealed class AutosaveStoreOnPostgres(PostgresTimelineFactory app) : AutosaveStoreTests(app), IClassFixture<PostgresTimelineFactory>, IRunsOnPostgres;
