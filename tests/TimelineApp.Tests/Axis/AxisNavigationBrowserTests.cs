using Microsoft.Playwright;
using TimelineApp.Tests.Browser;
using TimelineApp.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TimelineApp.Tests.Axis;

/// <summary>The axis in real Chromium: the keyboard with a visible focus, a window with no events, and the way to the split view.</summary>
public class AxisNavigationBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> OpenAsync(string path)
    {
        var page = await fx.NewPageAsync(1280, 900);
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync("[data-axis][data-loaded='true']");
        return page;
    }

    [Fact]
    public async Task The_keyboard_zooms_and_pans_a_visibly_focused_axis()
    {
        var page = await OpenAsync("/?view=axis&from=2015-02-01&to=2015-02-28");
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoom out" }).FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        var chart = page.GetByRole(AriaRole.Group, new() { Name = "Time axis. Arrow keys pan, plus and minus zoom; Tab reaches the events." });
        await Expect(chart).ToBeFocusedAsync();
        Assert.Equal("solid 3px", await chart.EvaluateAsync<string>("c => { const s = getComputedStyle(c); return s.outlineStyle + ' ' + s.outlineWidth; }"));

        await page.Keyboard.PressAsync("+");
        await Expect(page.Locator(".axis-window")).Not.ToHaveTextAsync("1 Feb 2015 – 28 Feb 2015");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"from=2015-02-0[4-6]&to=2015-02-2[3-5]"));
        var zoomed = await page.Locator(".axis-window").TextContentAsync();
        await page.Keyboard.PressAsync("ArrowLeft");
        await Expect(page.Locator(".axis-window")).Not.ToHaveTextAsync(zoomed!);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"from=2015-02-0[2-4]&to=2015-02-2[1-3]"));
    }

    [Fact]
    public async Task A_window_with_no_events_says_so_and_can_be_zoomed_out_of()
    {
        var page = await OpenAsync("/?view=axis&from=1990-01-01&to=1990-01-31");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("No events in this window. Zoom out or pan to find some.");
        await Expect(page.Locator("svg a")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "In view" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoom out" }).ClickAsync();
        await Expect(page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex("from=1990-01-01&to=1990-01-31"));
    }

    [Fact]
    public async Task The_split_view_link_carries_the_axis_window_to_the_list_and_map()
    {
        var page = await OpenAsync("/?view=axis&from=2015-02-12&to=2015-02-16");
        var start = page.Url;
        await page.Locator(".axis-chart").FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(page).Not.ToHaveURLAsync(start);
        var window = System.Text.RegularExpressions.Regex.Match(page.Url, @"from=[\d-]+&to=[\d-]+").Value;
        Assert.NotEqual("from=2015-02-12&to=2015-02-16", window);

        var split = page.GetByRole(AriaRole.Navigation, new() { Name = "View" }).GetByRole(AriaRole.Link, new() { Name = "Split" });
        Assert.Contains(window, await split.GetAttributeAsync("href"));
        await split.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("view=split"));
        Assert.Contains(window, page.Url);
        var entries = page.Locator("ul.event-entries li");
        await Expect(entries.Filter(new() { HasText = "Egyptian airstrikes on Islamic State targets in Derna" })).ToHaveCountAsync(1);
        await Expect(entries.Filter(new() { HasText = "Shukri" })).ToHaveCountAsync(0);
    }
}
