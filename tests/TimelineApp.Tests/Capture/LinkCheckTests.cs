using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Capture;
using TimelineApp.Data;

namespace TimelineApp.Tests.Capture;

/// <summary>The link check, the raw copy, verify-captures: what happens to a source after it was captured.</summary>
public class LinkCheckTests(LoopbackCaptureFactory factory) : IClassFixture<LoopbackCaptureFactory>, IAsyncLifetime
{
    private ArticleServer _server = null!;
    private EditorApi _api = null!;

    public async Task InitializeAsync()
    {
        _server = await ArticleServer.StartAsync();
        _api = await EditorApi.SignInAsync(factory);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<int> CaptureAsync(string path, string html) =>
        (await _api.CapturedAsync(_server.Html(path, html))).GetProperty("id").GetInt32();

    private LinkChecker Checker => factory.Services.GetRequiredService<LinkChecker>();

    private async Task<(LinkStatus Status, int Captures)> StateAsync(int id)
    {
        await using var db = factory.CreateDb();
        return ((await db.SourceLinks.SingleAsync(l => l.ArticleId == id)).Status, await db.SourceCaptures.CountAsync(c => c.ArticleId == id));
    }

    [Fact]
    public async Task Should_class_pages_live_changed_moved_and_gone_and_keep_every_capture()
    {
        var live = await CaptureAsync("/live", ArticlePages.News());
        var changed = await CaptureAsync("/changed", ArticlePages.News());
        var gone = await CaptureAsync("/gone", ArticlePages.News());
        var moved = await CaptureAsync("/moved", ArticlePages.News());
        _server.Html("/changed", ArticlePages.News("Correction: an earlier version misstated the number of strikes."));
        _server.Set("/gone", new ServedPage(404, "text/html", "<h1>Not found</h1>"u8.ToArray()));
        _server.Set("/moved", new ServedPage(301, "text/plain", [], Location: "/moved-here"));
        _server.Html("/moved-here", ArticlePages.News());

        await Checker.CheckAllAsync();

        Assert.Equal((LinkStatus.Live, 1), await StateAsync(live));
        Assert.Equal((LinkStatus.Changed, 2), await StateAsync(changed));
        Assert.Equal((LinkStatus.Gone, 1), await StateAsync(gone));
        Assert.Equal((LinkStatus.Moved, 1), await StateAsync(moved));
        var source = System.Text.Json.JsonDocument.Parse(await _api.Client.GetStringAsync($"/api/edit/sources/{changed}")).RootElement;
        Assert.Equal("changed", source.GetProperty("linkStatus").GetString());
        Assert.Contains("Correction:", (await factory.CreateDb().SourceCaptures.SingleAsync(c => c.ArticleId == changed && c.Number == 2)).ExtractedText);

        // Checked again with no further change: still changed (it differs from what was cited), no third capture.
        await Checker.CheckAllAsync();
        Assert.Equal((LinkStatus.Changed, 2), await StateAsync(changed));
    }

    [Fact]
    public async Task Should_class_a_page_gone_only_after_repeated_timeouts()
    {
        var id = await CaptureAsync("/slow", ArticlePages.News());
        _server.Set("/slow", new ServedPage(200, "text/html", Encoding.UTF8.GetBytes(ArticlePages.News()), Delay: TimeSpan.FromSeconds(4)));
        var url = new Uri(_server.Url("/slow"));

        Assert.Equal(LinkStatus.Live, await Checker.CheckAsync(id, url));
        Assert.Equal(LinkStatus.Gone, await Checker.CheckAsync(id, url));
    }

    [Fact]
    public async Task Should_serve_the_raw_bytes_with_their_digest_as_an_attachment()
    {
        var html = ArticlePages.News();
        var id = await CaptureAsync("/raw", html);

        var response = await _api.Client.GetAsync($"/sources/{id}/archive/raw?capture=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetBytes(html), bytes);
        Assert.Equal($"sha-256=:{Convert.ToBase64String(SHA256.HashData(bytes))}:", response.Headers.GetValues("Repr-Digest").Single());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.NotFound, (await _api.Client.GetAsync($"/sources/{id}/archive/raw?capture=9")).StatusCode);
        // Editors' new sources wait for a reviewer: readers cannot read their copies yet.
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().GetAsync($"/sources/{id}/archive/raw")).StatusCode);
    }

    [Fact]
    public async Task Should_show_the_preserved_copy_sandboxed_without_scripts_or_outside_requests()
    {
        var id = await CaptureAsync("/copy", ArticlePages.News(scriptMarker: "window.stolen = 1;"));

        var response = await _api.Client.GetAsync($"/sources/{id}/archive");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.StartsWith("sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'", csp);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains(ArticlePages.FirstSentence, page);
        Assert.Contains("Preserved copy", page);
        foreach (var active in new[] { "<script", "window.stolen", "onerror", "tracker.example.net", "cdn.example.net" })
            Assert.DoesNotContain(active, page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Verify_captures_should_name_the_source_whose_stored_bytes_changed()
    {
        var id = await CaptureAsync("/tamper", ArticlePages.News());
        var dbFactory = factory.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<TimelineDb>>();
        Assert.DoesNotContain(await CaptureVerbs.FindAlteredAsync(dbFactory, default), p => p.StartsWith($"Source {id} "));

        await CaptureDb.FlipByteAsync(factory, id, 1, 100);

        var problem = Assert.Single(await CaptureVerbs.FindAlteredAsync(dbFactory, default), p => p.StartsWith($"Source {id} "));
        Assert.Contains($"\"{ArticlePages.Headline}\"", problem);
        Assert.Contains("capture 1", problem);
    }
}
