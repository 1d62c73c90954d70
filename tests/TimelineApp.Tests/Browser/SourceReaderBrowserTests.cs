using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TimelineApp.Tests.Browser;

public class SourceReaderBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private async Task<int> ViceIdAsync()
    {
        await using var db = fx.Server.CreateDb();
        return await db.Articles.Where(a => a.Key == "vice-news-2015-02-17").Select(a => a.Id).SingleAsync();
    }

    [Fact]
    public async Task Editor_reading_an_article_starts_an_event_from_a_selected_sentence()
    {
        await TestUsers.EnsureBothAsync(fx.Server.Services);
        var viceId = await ViceIdAsync();

        var page = await fx.NewPageAsync();
        await page.SignInAsync(TestUsers.EditorEmail);
        await page.GotoAsync($"/sources/{viceId}");
        var button = page.GetByRole(AriaRole.Button, new() { Name = "New event from selection" });
        await Expect(button).ToBeEnabledAsync();
        // The sentence is a passage that published events quote, so it is marked (and followed by links) on this page.
        await page.SelectTextAsync("article-text", "Sisi's government responded", "in the northeast city of Derna.");
        await button.ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($@"/edit/events/new\?article={viceId}&quote=Sisi"));
        // The suggestions' first place look-up may still be loading the gazetteer (seconds on a busy machine).
        await Expect(page.GetByLabel("Title", new() { Exact = true })).ToBeEnabledAsync(new() { Timeout = 30_000 });
        await Expect(page.GetByText("✓ Found word for word in the article.")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Quote for citation 1")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^Sisi's government responded .* in the northeast city of Derna\\.$"));
        await Expect(page.GetByText("suggested", new() { Exact = true })).ToHaveCountAsync(2);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Accept type" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Accept place" })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Type", new() { Exact = true })).ToHaveValueAsync("bombing");
        await Expect(page.GetByLabel("Country code")).ToHaveValueAsync("LY");
        await Expect(page.GetByLabel("Place name")).ToHaveValueAsync("Derna");
    }

    [Fact]
    public async Task Readers_see_the_article_without_the_editors_button()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync($"/sources/{await ViceIdAsync()}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Full text" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "New event from selection" })).ToHaveCountAsync(0);
    }
}
