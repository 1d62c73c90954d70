using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Tests.Accounts;

namespace TimelineApp.Tests.Capture;

/// <summary>POST /api/edit/sources/capture and /upload, GET /api/edit/sources/{id}: pages served by a real local server.</summary>
public class CaptureApiTests(LoopbackCaptureFactory factory) : IClassFixture<LoopbackCaptureFactory>, IAsyncLifetime
{
    private ArticleServer _server = null!;
    private EditorApi _api = null!;

    public async Task InitializeAsync()
    {
        _server = await ArticleServer.StartAsync();
        _api = await EditorApi.SignInAsync(factory);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    [Fact]
    public async Task Should_extract_a_news_article_without_page_furniture_and_store_the_exact_bytes_with_their_hash()
    {
        var html = ArticlePages.News();
        var url = _server.Html("/world/egypt-strikes", html);

        var json = await _api.CapturedAsync(url);

        Assert.Equal(ArticlePages.Headline, json.GetProperty("headline").GetString());
        Assert.Equal("Jane Reporter", json.GetProperty("author").GetString());
        Assert.Equal("The Daily Chronicle", json.GetProperty("outlet").GetString());
        Assert.Equal("2015-02-16", json.GetProperty("publishedDate").GetString());
        Assert.Equal("en-GB", json.GetProperty("language").GetString());
        Assert.Equal("ltr", json.GetProperty("direction").GetString());
        var text = json.GetProperty("text").GetString()!;
        Assert.StartsWith(ArticlePages.FirstSentence, text);
        Assert.Contains("Their accounts could not be independently verified.", text);
        foreach (var furniture in new[] { "Subscribe now", "Most read", "Celebrity", "Copyright", "stolen", "Weather" })
            Assert.DoesNotContain(furniture, text);
        var capture = json.GetProperty("capture");
        var bytes = Encoding.UTF8.GetBytes(html);
        Assert.Equal(Hex(bytes), capture.GetProperty("sha256").GetString());
        Assert.Equal(url, capture.GetProperty("finalUrl").GetString());
        Assert.Equal(200, capture.GetProperty("httpStatus").GetInt32());

        var id = json.GetProperty("id").GetInt32();
        await using var db = factory.CreateDb();
        var stored = await db.SourceCaptures.SingleAsync(c => c.ArticleId == id);
        Assert.Equal(bytes, stored.Content);
        Assert.Equal((url, "editor@example.org", false), (stored.RequestedUrl, stored.CapturedBy, stored.IsUpload));
        Assert.Equal(url, (await db.Articles.SingleAsync(a => a.Id == id)).Url);
    }

    [Fact]
    public async Task Should_add_a_second_capture_to_the_same_source_when_the_page_changes_and_list_both_oldest_first()
    {
        var url = _server.Html("/world/changing", ArticlePages.News());
        var first = await _api.CapturedAsync(url);
        var changedHtml = ArticlePages.News("Update: the death toll was later revised to 64.");
        _server.Html("/world/changing", changedHtml);

        var second = await _api.CapturedAsync(url);

        var id = first.GetProperty("id").GetInt32();
        Assert.Equal(id, second.GetProperty("id").GetInt32());
        Assert.Equal(Hex(Encoding.UTF8.GetBytes(changedHtml)), second.GetProperty("capture").GetProperty("sha256").GetString());
        var source = JsonDocument.Parse(await _api.Client.GetStringAsync($"/api/edit/sources/{id}")).RootElement;
        var captures = source.GetProperty("captures").EnumerateArray().ToList();
        Assert.Equal(2, captures.Count);
        Assert.Equal(first.GetProperty("capture").GetProperty("sha256").GetString(), captures[0].GetProperty("sha256").GetString());
        Assert.Equal(second.GetProperty("capture").GetProperty("sha256").GetString(), captures[1].GetProperty("sha256").GetString());
        Assert.Equal("live", source.GetProperty("linkStatus").GetString());
        await using var db = factory.CreateDb();
        Assert.Equal(1, await db.Articles.CountAsync(a => a.Url == url));
    }

    [Fact]
    public async Task Should_read_an_arabic_page_right_to_left()
    {
        var url = _server.Html("/ar/derna", ArticlePages.Arabic());

        var json = await _api.CapturedAsync(url);

        Assert.Equal(ArticlePages.ArabicHeadline, json.GetProperty("headline").GetString());
        Assert.Equal(("ar", "rtl"), (json.GetProperty("language").GetString(), json.GetProperty("direction").GetString()));
        Assert.StartsWith(ArticlePages.ArabicSentence, json.GetProperty("text").GetString());
        Assert.Equal("الأخبار اليومية", json.GetProperty("outlet").GetString());
    }

    [Fact]
    public async Task Should_read_a_pdf_statement()
    {
        var pdf = ArticlePages.Pdf();
        var url = _server.Set("/statements/libya.pdf", new ServedPage(200, "application/pdf", pdf));

        var json = await _api.CapturedAsync(url);

        Assert.Equal(ArticlePages.PdfTitle, json.GetProperty("headline").GetString());
        Assert.Contains(ArticlePages.PdfSentence, json.GetProperty("text").GetString());
        Assert.Equal(Hex(pdf), json.GetProperty("capture").GetProperty("sha256").GetString());
    }

    [Fact]
    public async Task Should_take_an_uploaded_copy_through_the_same_reading_marked_as_uploaded()
    {
        var html = Encoding.UTF8.GetBytes(ArticlePages.News());
        const string url = "https://paywalled.example.com/world/egypt-strikes";

        var response = await _api.UploadAsync(url, html, "text/html", "saved.html");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(ArticlePages.Headline, json.GetProperty("headline").GetString());
        Assert.Equal(Hex(html), json.GetProperty("capture").GetProperty("sha256").GetString());
        await using var db = factory.CreateDb();
        var stored = await db.SourceCaptures.SingleAsync(c => c.ArticleId == json.GetProperty("id").GetInt32());
        Assert.Equal((true, url, (int?)null), (stored.IsUpload, stored.RequestedUrl, stored.HttpStatus));

        var notAnArticle = await _api.UploadAsync(url, [0x89, 0x50, 0x4E, 0x47], "image/png", "x.png");
        Assert.Contains("HTML) or a PDF", await _api.ProblemAsync(notAnArticle));
    }

    [Fact]
    public async Task Should_refuse_without_the_antiforgery_header_and_explain_bad_input()
    {
        var url = _server.Html("/world/no-token", ArticlePages.News());
        Assert.Equal(HttpStatusCode.BadRequest, (await _api.CaptureAsync(url, withToken: false)).StatusCode);
        Assert.Contains("not a full web address", await _api.ProblemAsync(await _api.CaptureAsync("derna news")));
        Assert.Contains("Give the web address", await _api.ProblemAsync(await _api.CaptureAsync("")));
        Assert.Contains("answered HTTP 404", await _api.ProblemAsync(await _api.CaptureAsync(_server.Url("/missing"))));
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.Client().GetAsync("/api/edit/sources/1")).StatusCode);
        await using var db = factory.CreateDb();
        Assert.False(await db.Articles.AnyAsync(a => a.Url == url));
    }
}
