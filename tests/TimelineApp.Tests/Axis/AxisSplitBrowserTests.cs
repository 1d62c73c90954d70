using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TimelineApp.Tests.Browser;
using TimelineApp.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TimelineApp.Tests.Axis;

/// <summary>The split view in real Chromium: the axis above the list and the map drives both, through the address.</summary>
public class AxisSplitBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private const string Split = "/?from=2015-02-14&to=2015-02-22&view=split";
    private const string Beheading = "Islamic State video shows beheading of 21 Egyptian Coptic Christians";
    private const string AlQubba = "Bomb blasts kill dozens in Al-Qubba";

    private async Task<(IPage Page, ILocator Map)> OpenAsync(string path, int width = 1280)
    {
        var page = await fx.NewPageAsync(width, 900);
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync("[data-axis][data-loaded='true']:not([aria-busy])");
        return (page, await MapBrowserTests.ReadyMapAsync(page));
    }

    private static async Task<int> MapCountAsync(ILocator map) =>
        int.Parse(Regex.Match(await map.Locator(".event-map-count").TextContentAsync() ?? "", @"^\s*(\d+)").Groups[1].Value);

    [Fact]
    public async Task Zooming_the_axis_moves_the_list_the_map_and_the_address_to_its_window_and_Back_restores_them()
    {
        var (page, map) = await OpenAsync(Split);
        var entries = page.Locator(".timeline-list ul.event-entries li");
        await Expect(entries.Filter(new() { HasText = Beheading })).ToHaveCountAsync(1);
        await Expect(page.Locator(".axis-window")).ToHaveTextAsync("14 Feb 2015 – 22 Feb 2015");
        var before = await MapCountAsync(map);
        await MapBrowserTests.EventuallyAsync(async () => await MapBrowserTests.MarkedEventsAsync(map) == before, $"the map should mark its {before} events");

        // Two quick key presses are one gesture: one navigation of the page, one history entry.
        await page.Locator(".axis-chart").FocusAsync();
        await page.Keyboard.PressAsync("+");
        await page.Keyboard.PressAsync("+");
        await Expect(page).ToHaveURLAsync(new Regex(@"/\?from=2015-02-1[6-8]&to=2015-02-(19|20|21)&view=split$"));
        var window = Regex.Match(page.Url, @"from=(\d{4}-\d\d-\d\d)&to=(\d{4}-\d\d-\d\d)");
        await Expect(entries.Filter(new() { HasText = Beheading })).ToHaveCountAsync(0);
        await Expect(entries.Filter(new() { HasText = AlQubba })).ToHaveCountAsync(1);
        await Expect(page.Locator("#filter-from")).ToHaveValueAsync(window.Groups[1].Value);
        await MapBrowserTests.EventuallyAsync(async () => await MapCountAsync(map) < before, "the map's count should shrink to the new window");
        var after = await MapCountAsync(map);
        await MapBrowserTests.EventuallyAsync(async () => await MapBrowserTests.MarkedEventsAsync(map) == after, $"the map should mark the {after} events of the new window");
        await Expect(map.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^" + Regex.Escape(Beheading)) })).ToHaveCountAsync(0);
        // The axis was kept as drawn (not emptied by the page's navigation) and still has the keyboard focus.
        await Expect(page.Locator(".axis-chart")).ToBeFocusedAsync();
        await Expect(page.Locator("a.axis-mark[data-slug='al-qubba-bombings']")).ToHaveCountAsync(1);

        await page.GoBackAsync();
        if (page.Url != fx.Server.BaseUrl + Split)
        {
            // On a slow machine the two presses can settle as two gestures (two entries): the first Back then shows the
            // first press's window, and one more Back the window the page was opened with.
            Assert.Matches(@"/\?from=2015-02-1[5-8]&to=2015-02-(19|20|21)&view=split$", page.Url);
            await page.GoBackAsync();
        }
        await Expect(page).ToHaveURLAsync(fx.Server.BaseUrl + Split);
        await Expect(entries.Filter(new() { HasText = Beheading })).ToHaveCountAsync(1);
        await Expect(page.Locator(".axis-window")).ToHaveTextAsync("14 Feb 2015 – 22 Feb 2015");
        await MapBrowserTests.EventuallyAsync(async () => await MapCountAsync(map) == before, $"Back should bring the map's {before} events again");
        await MapBrowserTests.EventuallyAsync(async () => await MapBrowserTests.MarkedEventsAsync(map) == before, $"the map should mark its {before} events again");
    }

    [Fact]
    public async Task The_split_axis_keeps_its_text_alternative_and_follows_a_filter_change()
    {
        var (page, _) = await OpenAsync(Split);
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Lanes" })).ToHaveCountAsync(0);
        await page.GetByText("The axis as a list").ClickAsync();
        var listed = page.GetByRole(AriaRole.List, new() { Name = "In view on the axis" }).GetByRole(AriaRole.Listitem);
        await Expect(listed.Filter(new() { HasText = Beheading })).ToHaveCountAsync(1);
        var marks = await page.Locator("a.axis-mark").CountAsync();

        // A filter applied through the page's own form (an enhanced navigation) reaches the axis too.
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Show filters") }).ClickAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Bombing") }).CheckAsync();
        await Expect(page).ToHaveURLAsync(new Regex("type=bombing"));
        await Expect(page.Locator("a.axis-mark")).Not.ToHaveCountAsync(marks);
        await Expect(page.Locator("a.axis-mark[data-slug='al-qubba-bombings']")).ToHaveCountAsync(1);
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_split_view_with_its_axis_has_no_serious_or_critical_accessibility_violations(int width)
    {
        var (page, _) = await OpenAsync(Split, width);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling");
        await AxisBrowserTests.AssertNoSeriousViolationsAsync(page);
    }
}
