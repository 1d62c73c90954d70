using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Browser;

public class TimelineBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private const string DernaStrikes = "Egyptian airstrikes on Islamic State targets in Derna";

    private static ILocator Entries(IPage page) => page.Locator("li.entry");

    /// <summary>Opens the timeline (static HTML, no circuit) and waits until its small script module has attached.</summary>
    private async Task<IPage> OpenTimelineAsync(string url = "/", int width = 1280, int height = 900)
    {
        var page = await fx.NewPageAsync(width, height);
        await page.GotoAsync(url);
        await page.Locator("html[data-reader-ready=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
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
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = DernaStrikes, Exact = true })).ToBeVisibleAsync();

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
        await page.GetByRole(AriaRole.Link, new() { Name = DernaStrikes, Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/events/egyptian-airstrikes-on-derna$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = DernaStrikes, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sources" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("blockquote").Filter(new() { HasText = "Between 40 and 50 people were reportedly killed." })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("blockquote").Filter(new() { HasText = "death of 3 civilian casualties" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Clicking_a_chart_column_narrows_the_window_and_reset_returns_to_the_full_span()
    {
        var page = await OpenTimelineAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Events per month" })).ToBeVisibleAsync();
        // Each column is a link named by its period and count.
        await page.GetByRole(AriaRole.Link, new() { Name = "Feb 2015: 14 events — show only this month" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"from=2015-02-01&to=2015-02-28"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Events per day" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("14 events", new() { Exact = true })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Reset to full span" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("from="));
        await Assertions.Expect(page.GetByText("24 events", new() { Exact = true })).ToBeVisibleAsync();

        await page.GetByText("The chart as a list").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Jun 2014", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"from=2014-06-01&to=2014-06-30"));
    }

    [Fact]
    public async Task Selecting_an_event_puts_it_in_the_url_and_shows_its_quotes()
    {
        var page = await OpenTimelineAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Show details of " + DernaStrikes }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("event=egyptian-airstrikes-on-derna"));
        await Assertions.Expect(page.GetByText("Between 40 and 50 people were reportedly killed.", new() { Exact = false })).ToBeVisibleAsync();

        var shared = await OpenTimelineAsync(page.Url);
        await Assertions.Expect(shared.GetByRole(AriaRole.Link, new() { Name = "Hide details of " + DernaStrikes })).ToHaveAttributeAsync("aria-expanded", "true");
    }

    [Fact]
    public async Task On_a_phone_the_filters_fold_away_and_nothing_scrolls_sideways()
    {
        var page = await OpenTimelineAsync(width: 375, height: 800);
        var search = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search" });
        await Assertions.Expect(search).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show filters" }).ClickAsync();
        await Assertions.Expect(search).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));

        var chip = page.GetByRole(AriaRole.Checkbox, new() { Name = "Bombing" });
        await chip.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("type=bombing"));
        await Assertions.Expect(Entries(page)).ToHaveCountAsync(2);
    }
}
