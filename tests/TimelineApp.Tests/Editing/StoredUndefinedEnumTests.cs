using System.Net;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Export;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Editing;

/// <summary>
/// Databases written by earlier releases may hold enum values no release defines (the scripted editing API once
/// stored "geoPrecision": 99 and "kind": 99). Every page and answer that shows such a row still renders.
/// </summary>
public class StoredUndefinedEnumTests : IClassFixture<TimelineFactory>
{
    private const string Slug = "egyptian-airstrikes-on-derna";
    private readonly TimelineFactory _factory;

    public StoredUndefinedEnumTests(TimelineFactory factory)
    {
        _factory = factory;
        TestUsers.EnsureBothAsync(factory.Services).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task Should_render_every_page_and_export_of_an_event_whose_place_and_actor_hold_99()
    {
        int id, placeId;
        await using (var db = _factory.CreateDb())
        {
            var e = await db.Events.Include(x => x.Actors).SingleAsync(x => x.Slug == Slug);
            (id, placeId) = (e.Id, e.PlaceId!.Value);
            // Straight into the SQLite file, as an older release's API wrote it.
            Assert.Equal(1, await db.Database.ExecuteSqlRawAsync("UPDATE \"Places\" SET \"GeoPrecision\" = 99 WHERE \"Id\" = {0}", e.PlaceId!));
            Assert.True(await db.Database.ExecuteSqlRawAsync("UPDATE \"Actors\" SET \"Kind\" = 99 WHERE \"Id\" = {0}", e.Actors[0].ActorId) == 1);
        }
        await using (var db = _factory.CreateDb())
            Assert.Equal(99, (int)(await db.Places.SingleAsync(p => p.Id == placeId)).GeoPrecision);

        var reader = _factory.CreateClient();
        string[] readerUrls =
        [
            "/", "/map", $"/events/{Slug}", "/api/events", $"/api/events/{Slug}", "/api/map/features", "/sources",
            "/embed/timeline", "/embed/map", $"/embed/event/{Slug}", .. ExportEndpoints.Formats.Select(f => f.Path),
        ];
        var editor = _factory.Client();
        await editor.SignInOrFailAsync(TestUsers.EditorEmail);
        string[] editorUrls = [$"/edit/events/{id}", $"/edit/events/{id}/history", "/edit/events.csv", "/edit"];

        var failures = new List<string>();
        foreach (var (client, url) in readerUrls.Select(u => (reader, u)).Concat(editorUrls.Select(u => (editor, u))))
        {
            var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK) failures.Add($"{url}: {(int)response.StatusCode}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        var page = await reader.GetStringAsync($"/events/{Slug}");
        Assert.Contains("Egyptian airstrikes on Islamic State targets in Derna", page);
    }
}
