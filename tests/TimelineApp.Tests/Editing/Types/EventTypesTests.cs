using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Data;
using TimelineApp.Editing;
using TimelineApp.Editing.Types;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Editing.Types;

/// <summary>
/// Reviewers keep the event-type taxonomy (the service behind /edit/types, whose forms are interactive: the browser
/// side is in FormsBrowserTests): nothing is deleted, archived types stay on their events.
/// </summary>
public class EventTypesTests : IClassFixture<TimelineFactory>
{
    private readonly TimelineFactory _factory;
    private readonly EditingKit _kit;

    public EventTypesTests(TimelineFactory factory)
    {
        (_factory, _kit) = (factory, new EditingKit(factory));
        TestUsers.EnsureBothAsync(factory.Services).GetAwaiter().GetResult();
    }

    private EventTypeAdmin Admin => _factory.Services.GetRequiredService<EventTypeAdmin>();

    private static TypeForm Fields(string name, string color, string shape) => new() { Name = name, Color = color, Shape = shape };

    private async Task<EventType> TypeAsync(string id)
    {
        await using var db = _factory.CreateDb();
        return await db.EventTypes.AsNoTracking().SingleAsync(t => t.Id == id);
    }

    [Fact]
    public async Task Should_let_a_reviewer_add_rename_recolour_and_reshape_a_type_keeping_its_id()
    {
        var added = await Admin.AddAsync(Fields("Kidnapping", "#1a2b3c", "square"), EditingKit.AReviewer);
        Assert.Equal("Added the type Kidnapping (id kidnapping).", added.Message);
        Assert.Equal(("Kidnapping", "#1A2B3C", "square", false), await Shape("kidnapping"));

        var saved = await Admin.UpdateAsync("kidnapping", Fields("Abduction", "#abc", "hexagon"), EditingKit.AReviewer);
        Assert.Equal("Saved the type Abduction.", saved.Message);
        Assert.Equal(("Abduction", "#AABBCC", "hexagon", false), await Shape("kidnapping"));
    }

    private async Task<(string, string, string, bool)> Shape(string id)
    {
        var t = await TypeAsync(id);
        return (t.Name, t.Color, t.Shape, t.IsArchived);
    }

    [Theory]
    [InlineData("Siege", "red", "circle", "The colour must be a hex colour like #D55E00.")]
    [InlineData("Siege", "#12345g", "circle", "The colour must be a hex colour like #D55E00.")]
    [InlineData("Siege", "#123456", "blob", "'blob' is not a shape; choose one of")]
    [InlineData("airstrike", "#123456", "circle", "Another type is already called 'airstrike'.")]
    [InlineData("", "#123456", "circle", "Give the type a name.")]
    public async Task Should_refuse_bad_values_with_a_message_and_change_nothing(string name, string color, string shape, string message)
    {
        var before = await Shape("bombing");
        var change = await Admin.UpdateAsync("bombing", Fields(name, color, shape), EditingKit.AReviewer);
        Assert.False(change.Succeeded);
        Assert.Contains(change.Problems, p => p.StartsWith(message, StringComparison.Ordinal));
        Assert.Equal(before, await Shape("bombing"));
    }

    [Fact]
    public async Task Should_archive_a_type_without_touching_its_events_and_restore_it()
    {
        Assert.True((await Admin.AddAsync(new TypeForm { Name = "Ceasefire", Color = "#336699", Shape = "ring" }, EditingKit.AReviewer)).Succeeded);
        var form = _kit.NewForm("A ceasefire is announced");
        form.TypeId = "ceasefire";
        var id = (await _kit.Editor.SaveAsync(form, EditingKit.AnEditor)).EventId!.Value;
        Assert.True((await _kit.Workflow.PublishAsync(id, 1, EditingKit.AReviewer)).Succeeded);

        var archived = await Admin.SetArchivedAsync("ceasefire", true, EditingKit.AReviewer);
        Assert.StartsWith("Archived the type Ceasefire", archived.Message);
        Assert.True((await TypeAsync("ceasefire")).IsArchived);
        Assert.Equal("ceasefire", (await _kit.ReadAsync(id)).TypeId);

        var lookups = _factory.Services.GetRequiredService<EditingLookups>();
        Assert.DoesNotContain(await lookups.TypesAsync(), t => t.Id == "ceasefire");
        Assert.Contains(await lookups.TypesAsync(keeping: "ceasefire"), t => t.Id == "ceasefire");
        Assert.Contains("\"id\":\"ceasefire\"", await _factory.CreateClient().GetStringAsync("/api/event-types"));

        var another = _kit.NewForm("Another ceasefire");
        another.TypeId = "ceasefire";
        Assert.Contains((await _kit.Editor.SaveAsync(another, EditingKit.AnEditor)).Errors!, e => e.Field == nameof(EventForm.TypeId));
        var loaded = (await _kit.Loader.LoadAsync(id))!;
        loaded.Form.Summary += " Both sides agreed.";
        Assert.True((await _kit.Editor.SaveAsync(loaded.Form, EditingKit.AReviewer, publishDirectly: true)).Succeeded);

        Assert.Equal("Restored the type Ceasefire.", (await Admin.SetArchivedAsync("ceasefire", false, EditingKit.AReviewer)).Message);
        Assert.False((await TypeAsync("ceasefire")).IsArchived);
    }

    [Fact]
    public async Task Should_refuse_taxonomy_changes_from_editors_in_the_service_too()
    {
        var change = await Admin.SetArchivedAsync("airstrike", true, EditingKit.AnEditor);
        Assert.False(change.Succeeded);
        Assert.Equal("Only reviewers can change the event types.", change.Message);
        Assert.False((await Admin.AddAsync(new TypeForm { Name = "Sneaky" }, EditingKit.Anonymous)).Succeeded);
        Assert.False((await TypeAsync("airstrike")).IsArchived);
    }
}
