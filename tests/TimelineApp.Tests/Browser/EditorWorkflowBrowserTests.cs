using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TimelineApp.Accounts;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TimelineApp.Tests.Browser;

public class EditorWorkflowBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    // In the article a no-break space follows "against", as copied from the web page; selecting across it must still cite the exact words.
    private const string SelectionStart = "its military conducted airstrikes";
    private const string SelectionEnd = "extremist militants";

    [Fact]
    public async Task Editor_creates_an_event_from_a_selection_and_a_reviewer_publishes_it()
    {
        await TestUsers.EnsureBothAsync(fx.Server.Services);

        var page = await fx.NewPageAsync();
        await page.SignInAsync(TestUsers.EditorEmail);
        await page.GotoAsync("/edit/sources");
        await page.GetByRole(AriaRole.Link, new() { Name = "Egypt Calls for International Action" }).ClickAsync();
        var button = page.GetByRole(AriaRole.Button, new() { Name = "New event from selection" });
        await Expect(button).ToBeEnabledAsync();
        await page.SelectTextAsync("article-text", SelectionStart, SelectionEnd);
        await button.ClickAsync();
        // Enhanced (same-document) navigation: poll the address instead of waiting for a page load.
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/edit/events/new\?article=\d+&quote=its"));
        // The suggestions' first place look-up may still be loading the gazetteer (seconds on a busy machine).
        await Expect(page.GetByLabel("Title", new() { Exact = true })).ToBeEnabledAsync(new() { Timeout = 30_000 });
        await Expect(page.GetByText("✓ Found word for word in the article.")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Start date")).ToHaveValueAsync("16 Feb 2015");

        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Egypt strikes Islamic State targets in Derna");
        await page.GetByLabel("Summary").FillAsync("Egypt's air force bombed militant positions in Derna a day after the beheading video.");
        foreach (var what in new[] { "type", "date", "place" })
            if (await page.GetByRole(AriaRole.Button, new() { Name = $"Accept {what}" }).CountAsync() > 0)
                await page.GetByRole(AriaRole.Button, new() { Name = $"Accept {what}" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(page.GetByText("Draft created.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Expect(page.GetByText("Submitted for review.")).ToBeVisibleAsync();
        var eventUrl = page.Url;

        var reviewer = await fx.NewPageAsync();
        await reviewer.SignInAsync(TestUsers.ReviewerEmail);
        await reviewer.GotoAsync(eventUrl);
        await Expect(reviewer.GetByLabel("Title", new() { Exact = true })).ToBeEnabledAsync();
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Expect(reviewer.GetByText("Published: readers can see this event now.")).ToBeVisibleAsync();

        var json = await (await reviewer.APIRequest.GetAsync("/api/events?q=Derna%20strikes")).TextAsync();
        Assert.Contains("Egypt strikes Islamic State targets in Derna", json);
        await reviewer.GotoAsync("/");
        await Expect(reviewer.GetByRole(AriaRole.Link, new() { Name = "Egypt strikes Islamic State targets in Derna", Exact = true })).ToBeVisibleAsync();
    }
}
