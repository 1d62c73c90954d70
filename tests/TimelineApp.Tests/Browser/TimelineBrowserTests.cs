using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Browser;

public class TimelineBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private const string DernaStrikes = "Egyptian airstrikes on Islamic State targets in Derna";

    private static ILocator Entries(IPage page) => page.Locator("li.entry");

    /// <summary>Opens the timeline and waits until its circuit is live (before that, clicks only reach the static HTML).</summary>
    private async Task<IPage> OpenTimelineAsync(string url = "/", int width = 1280, int height = 900)
    {
        var page = await fx.NewPageAsync(width, height);
        await page.GotoAsync(url);
        await page.Locator(".timeline-page[data-interactive=true]").WaitForAsync();
        return page;
    }

    [Fact]
    public async Task Type_filter_and_search_change_the_list_and_the_url_and_back_restores_the_previous_view()
    {
        var page = await OpenTimelineAsync();
        await Assertions.Expect(page.GetByText("24 events", new() { Exact = true })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Airstrike" }).CheckAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"[?&]type=airstrike"));
        await Assertions.Expect(page.GetByText("4 events", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(Entries(page)).ToHaveCountAsync(4);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = DernaStrikes })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search" }).FillAsync("Libyan air force");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"[?&]q=Libyan"));
        await Assertions.Expect(Entries(page)).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("li.entry mark").First).ToBeVisibleAsync();

        await page.GoBackAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex(@"q="));
        await Assertions.Expect(Entries(page)).ToHaveCountAsync(4);
        await Assertions.Expect(page.GetByRole(AriaRole.Checkbox, new() { Name = "Airstrike" })).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Searchbox, new() { Name = "Search" })).ToHaveValueAsync("");
    }

    [Fact]
    public async Task An_event_opened_from_the_list_shows_its_citations()
    {
        var page = await OpenTimelineAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = DernaStrikes }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/events/egyptian-airstrikes-on-derna$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = DernaStrikes, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sources" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("blockquote").Filter(new() { HasText = "Between 40 and 50 people were reportedly killed." })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("blockquote").Filter(new() { HasText = "death of 3 civilian casualties" })).ToBeVisibleAsync();
    }
}
