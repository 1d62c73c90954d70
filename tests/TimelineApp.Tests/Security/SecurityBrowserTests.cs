using Microsoft.Playwright;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Browser;
using TimelineApp.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;
using static TimelineApp.Tests.Security.HostileContentFixture;

namespace TimelineApp.Tests.Security;

/// <summary>What only a real browser shows: script in event text never runs (map popups are built in JS), and an oversized upload is refused with a message.</summary>
public class SecurityBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Script_in_event_text_never_runs_on_the_timeline_the_event_page_or_the_map_popup()
    {
        var (articleId, _, slug) = await WriteAsync(fx.Server.Services);
        var page = await fx.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, d) => { dialogs.Add(d.Message); await d.DismissAsync(); };

        foreach (var url in new[] { "/?q=onerror", "/events/" + slug, $"/sources/{articleId}", "/embed/event/" + slug })
        {
            await page.GotoAsync(url);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Expect(page.GetByText(Field(url.StartsWith("/sources", StringComparison.Ordinal) ? "Headline" : "Title")).First).ToBeVisibleAsync();
            Assert.Equal(0, await page.Locator("img[src='x']").CountAsync());
        }
        await page.GotoAsync("/map?q=onerror");
        await page.Locator(".leaflet-marker-icon").First.ClickAsync();
        await Expect(page.Locator(".event-popup-title")).ToHaveTextAsync(Field("Title"));
        Assert.Equal(0, await page.Locator("img[src='x']").CountAsync());
        Assert.Empty(dialogs);
    }

    [Fact]
    public async Task An_oversized_csv_upload_is_refused_with_the_limit_before_it_is_read()
    {
        await TestUsers.EnsureBothAsync(fx.Server.Services);
        var page = await fx.NewPageAsync();
        await page.SignInAsync(TestUsers.EditorEmail);
        await page.GotoAsync("/edit/import");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Choose a CSV file" })).ToBeEnabledAsync();
        using var folder = new TempDatabase();
        var big = Path.Combine(folder.Folder, "big.csv");
        await using (var file = File.Create(big)) file.SetLength(101L * 1024 * 1024); // sparse: nothing is written to disk
        await page.Locator("input[type=file][aria-label='CSV file']").SetInputFilesAsync(big);
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("big.csv is 101 MB; at most 100 MB per file.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Import" })).ToBeDisabledAsync();
    }
}
