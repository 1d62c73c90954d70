using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Data;
using TimelineApp.Editing;
using TimelineApp.Editing.Types;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Editing.Types;

/// <summary>Reviewers keep the event-type taxonomy at /edit/types: nothing is deleted, archived types stay on their events.</summary>
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

    private async Task<HttpClient> ReviewerAsync()
    {
        var client = _factory.Client();
        await client.SignInOrFailAsync(TestUsers.ReviewerEmail);
        return client;
    }

    /// <summary>Posts one of the page's forms like a browser would, with its antiforgery token; returns the page's decoded text.</summary>
    private static async Task<string> PostAsync(HttpClient client, string url, string handler, Dictionary<string, string>? fields = null)
    {
        var form = TestUsers.HiddenInputs(await client.GetStringAsync(url));
        form["_handler"] = handler;
        foreach (var (k, v) in fields ?? []) form[k] = v;
        var response = await client.PostAsync(url, new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static Dictionary<string, string> Fields(string name, string color, string shape) =>
        new() { ["Input.Name"] = name, ["Input.Color"] = color, ["Input.Shape"] = shape };

    private async Task<EventType> TypeAsync(string id)
    {
        await using var db = _factory.CreateDb();
        return await db.EventTypes.AsNoTracking().SingleAsync(t => t.Id == id);
    }

    [Fact]
    public async Task Should_let_a_reviewer_add_rename_recolour_and_reshape_a_type_keeping_its_id()
    {
        var client = await ReviewerAsync();
        var added = await PostAsync(client, "/edit/types", "add-type", Fields("Kidnapping", "#1a2b3c", "square"));
        Assert.Contains("Added the type Kidnapping (id kidnapping).", added);
        Assert.Equal(("Kidnapping", "#1A2B3C", "square", false), await Shape("kidnapping"));

        var saved = await PostAsync(client, "/edit/types/kidnapping", "edit-type", Fields("Abduction", "#abc", "hexagon"));
        Assert.Contains("Saved the type Abduction.", saved);
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
        var page = await PostAsync(await ReviewerAsync(), "/edit/types/bombing", "edit-type", Fields(name, color, shape));
        Assert.Contains(message, page);
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

        var page = await PostAsync(await ReviewerAsync(), "/edit/types/ceasefire", "archive-type");
        Assert.Contains("Archived the type Ceasefire", page);
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

        Assert.Contains("Restored the type Ceasefire.", await PostAsync(await ReviewerAsync(), "/edit/types/ceasefire", "archive-type"));
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
