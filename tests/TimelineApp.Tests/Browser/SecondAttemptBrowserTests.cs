using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TimelineApp.Tests.Browser;

/// <summary>Starting a second event from the same sentence: the first is offered, and the published address has no "-2".</summary>
public class SecondAttemptBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private const string Title = "Egypt bombs militants after asking for an alliance";

    [Fact]
    public async Task Second_attempt_from_the_same_sentence_is_offered_the_first_event_and_publishes_without_a_numbered_slug()
    {
        await TestUsers.EnsureBothAsync(fx.Server.Services);
        int articleId;
        await using (var db = fx.Server.CreateDb())
            articleId = await db.Articles.Where(a => a.Key == "vice-news-2015-02-17").Select(a => a.Id).SingleAsync();
        var start = $"/edit/events/new?article={articleId}&quote={Uri.EscapeDataString("its military conducted airstrikes on Monday against extremist militants")}";
        var page = await fx.NewPageAsync();
        await page.SignInAsync(TestUsers.ReviewerEmail);

        await page.GotoAsync(start, new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 60_000 });
        await FillAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(page.GetByText("Draft created.")).ToBeVisibleAsync();

        // The person leaves and starts again from the same sentence.
        await page.GotoAsync(start, new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = 60_000 });
        await Expect(page.GetByLabel("Title", new() { Exact = true })).ToBeEnabledAsync(new() { Timeout = 30_000 });
        await Expect(page.GetByText($"An event already cites this sentence: “{Title}” (draft).")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = $"Open “{Title}” instead" })).ToBeVisibleAsync();

        await FillAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(page.GetByText("Draft created.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Expect(page.GetByText("Published: readers can see this event now.")).ToBeVisibleAsync();

        const string slug = "egypt-bombs-militants-after-asking-for-an-alliance";
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = $"/api/events/{slug}", Exact = true })).ToBeVisibleAsync();
        var reader = await page.APIRequest.GetAsync($"/events/{slug}");
        Assert.Equal(200, reader.Status);
    }

    private static async Task FillAsync(IPage page)
    {
        var title = page.GetByLabel("Title", new() { Exact = true });
        await Expect(title).ToBeEnabledAsync(new() { Timeout = 30_000 });
        await title.FillAsync(Title);
        await page.GetByLabel("Summary").FillAsync("Egypt's air force bombed militant positions in Derna, and its president asked the UN for a coalition.");
        foreach (var what in new[] { "type", "date", "place" })
            if (await page.GetByRole(AriaRole.Button, new() { Name = $"Accept {what}" }).CountAsync() > 0)
                await page.GetByRole(AriaRole.Button, new() { Name = $"Accept {what}" }).ClickAsync();
    }
}
