using System.Net;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Editing.Csv;
using TimelineApp.Tests.Editing;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Caching;

/// <summary>
/// Anonymous readers are served from the output cache, yet a change readers can see (publish, archive, approval,
/// import) shows at once on every reader page and endpoint, and a draft or an unapproved change never does.
/// </summary>
public class ReaderCacheTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    private readonly EditingKit _kit = new(factory);

    /// <summary>Every reader page and endpoint that lists events, filtered to the probe's word where a filter exists.</summary>
    private static string[] ReaderUrls(string word) =>
    [
        "/", "/?q=" + word, "/?q=" + word + "&view=split", "/api/events?q=" + word, "/api/map/features?q=" + word,
        "/export/events.csv?q=" + word, "/export/events.json", "/export/events.geojson?q=" + word, "/export/events.ics",
        "/export/timelinejs.json", "/embed/timeline?q=" + word, "/embed/timeline",
    ];

    private async Task<Dictionary<string, string>> ReadAllAsync(IEnumerable<string> urls)
    {
        using var client = factory.CreateClient();
        var pages = new Dictionary<string, string>();
        foreach (var url in urls)
        {
            using var response = await client.GetAsync(url);
            pages[url] = response.StatusCode == HttpStatusCode.OK ? await response.Content.ReadAsStringAsync() : $"HTTP {(int)response.StatusCode}";
        }
        return pages;
    }

    private async Task<string> SlugAsync(int id)
    {
        await using var db = await _kit.Db.CreateDbContextAsync();
        return await db.Events.Where(e => e.Id == id).Select(e => e.Slug).SingleAsync();
    }

    private static void AllShow(Dictionary<string, string> pages, string text, bool shown)
    {
        foreach (var (url, body) in pages)
            Assert.True(body.Contains(text) == shown, $"{url} should {(shown ? "" : "not ")}show “{text}”");
    }

    [Fact]
    public async Task Should_serve_a_repeated_anonymous_request_from_the_cache()
    {
        using var client = factory.CreateClient();
        foreach (var url in new[] { "/", "/events/al-qubba-bombings", "/api/events", "/export/events.csv", "/embed/timeline", "/api/map/features" })
        {
            // A write by an earlier test may reach the SQLite change watcher (a poll every 100 ms) between the two
            // requests and rightly evict the entry; a working cache serves the repeat of a later pair.
            HttpResponseMessage? again = null;
            for (var attempt = 0; attempt < 3 && again?.Headers.Age is null; attempt++)
            {
                (await client.GetAsync(url)).EnsureSuccessStatusCode();
                again = await client.GetAsync(url);
            }
            Assert.True(again!.Headers.Age is not null, $"{url} should come from the output cache the second time");
            Assert.False(again.Headers.Contains("Set-Cookie"), $"{url} should set no cookie");
        }
    }

    [Fact]
    public async Task Should_show_a_published_event_everywhere_at_once_and_never_its_draft()
    {
        var id = (await _kit.Editor.SaveAsync(_kit.NewForm("Cacheprobe publish"), EditingKit.AnEditor)).EventId!.Value;
        var urls = ReaderUrls("Cacheprobe").Append("/events/" + await SlugAsync(id)).ToList();
        AllShow(await ReadAllAsync(urls), "Cacheprobe publish", shown: false);
        AllShow(await ReadAllAsync(urls), "Cacheprobe publish", shown: false);

        Assert.True((await _kit.Workflow.PublishAsync(id, 1, EditingKit.AReviewer)).Succeeded);
        AllShow(await ReadAllAsync(urls), "Cacheprobe publish", shown: true);
    }

    [Fact]
    public async Task Should_remove_an_archived_event_from_every_reader_page_at_once()
    {
        var id = await _kit.CreatePublishedAsync("Archiveprobe event");
        var urls = ReaderUrls("Archiveprobe").Append("/events/" + await SlugAsync(id)).ToList();
        AllShow(await ReadAllAsync(urls), "Archiveprobe event", shown: true);

        var version = (await _kit.ReadAsync(id)).Version;
        Assert.True((await _kit.Workflow.ArchiveAsync(id, version, EditingKit.AReviewer)).Succeeded);
        AllShow(await ReadAllAsync(urls), "Archiveprobe event", shown: false);
    }

    [Fact]
    public async Task Should_show_an_approved_change_at_once_and_never_before_approval()
    {
        var id = await _kit.CreatePublishedAsync("Approveprobe before");
        var urls = ReaderUrls("Approveprobe").Append("/events/" + await SlugAsync(id)).ToList();
        AllShow(await ReadAllAsync(urls), "Approveprobe before", shown: true);

        var form = (await _kit.Loader.LoadAsync(id))!.Form.With(f => (f.Title, f.Note) = ("Approveprobe after", "Retitled"));
        Assert.Equal(TimelineApp.Editing.EditOutcome.Proposed, (await _kit.Editor.SaveAsync(form, EditingKit.AnEditor)).Outcome);
        var pending = await ReadAllAsync(urls);
        AllShow(pending, "Approveprobe before", shown: true);
        AllShow(pending, "Approveprobe after", shown: false);

        var number = (await _kit.Loader.LoadAsync(id))!.PendingNumber!.Value;
        Assert.True((await _kit.Workflow.ApproveAsync(id, number, EditingKit.AReviewer)).Succeeded);
        AllShow(await ReadAllAsync(urls), "Approveprobe after", shown: true);
    }

    [Fact]
    public async Task Should_show_a_change_made_by_an_import_at_once()
    {
        var id = await _kit.CreatePublishedAsync("Importprobe before");
        var urls = ReaderUrls("Importprobe").Append("/events/" + await SlugAsync(id)).ToList();
        AllShow(await ReadAllAsync(urls), "Importprobe before", shown: true);

        using var exported = new MemoryStream();
        await CsvEndpoints.WriteAllAsync(_kit.Db, exported);
        var lines = System.Text.Encoding.UTF8.GetString(exported.ToArray()).Split("\r\n");
        var csv = lines[0] + "\r\n" + lines.Single(l => l.StartsWith(id + ",", StringComparison.Ordinal)).Replace("Importprobe before", "Importprobe after") + "\r\n";
        var report = await _kit.Importer.ImportAsync(new StringReader(csv), EditingKit.AReviewer, new ImportOptions(KeepStatuses: true, FileName: "probe.csv"));
        Assert.True(report.Written && report.Updated == 1, string.Join("; ", report.Problems));
        AllShow(await ReadAllAsync(urls), "Importprobe after", shown: true);
    }
}
