using Microsoft.Playwright;
using TimelineApp.Tests.Browser;
using TimelineApp.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TimelineApp.Tests.Axis;

/// <summary>
/// The mouse wheel in real Chromium, as map embeds behave: over the axis (its page, the split view, the embed) and over
/// the embedded timeline, a plain wheel scrolls the page and a hint says how to zoom; Ctrl + wheel (and a pinch, which
/// the browser reports the same way) zooms, and a sideways swipe pans.
/// </summary>
public class AxisWheelBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private const string February = "from=2015-02-01&to=2015-02-28";

    private static async Task WheelOverAsync(IPage page, ILocator target, float dx, float dy, int times = 1)
    {
        var box = (await target.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + Math.Min(box.Height / 2, 60));
        for (var i = 0; i < times; i++) await page.Mouse.WheelAsync(dx, dy);
    }

    [Theory]
    [InlineData("/?view=axis&" + February)]
    [InlineData("/?" + February + "&view=split")]
    public async Task A_plain_wheel_over_the_axis_scrolls_the_page_and_Ctrl_wheel_zooms_and_a_sideways_swipe_pans(string path)
    {
        var page = await fx.NewPageAsync(1280, 500);
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync("[data-axis][data-loaded='true']:not([aria-busy])");
        var chart = page.Locator(".axis-chart");
        var window = page.Locator(".axis-window");
        await Expect(window).ToHaveTextAsync("1 Feb 2015 – 28 Feb 2015");

        await WheelOverAsync(page, chart, 0, 120);
        await page.WaitForFunctionAsync("() => window.scrollY > 0");
        await Expect(page.Locator(".axis-hint")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Use (Ctrl|⌘) \\+ scroll to zoom$"));
        await Expect(page.Locator(".axis-hint")).ToBeVisibleAsync();
        await page.WaitForTimeoutAsync(400);
        await Expect(window).ToHaveTextAsync("1 Feb 2015 – 28 Feb 2015");
        await Expect(page.Locator(".axis-hint")).ToBeHiddenAsync(new() { Timeout = 5_000 });

        var scrolled = await page.EvaluateAsync<double>("() => window.scrollY");
        await page.Keyboard.DownAsync("Control");
        await WheelOverAsync(page, chart, 0, -100);
        await page.Keyboard.UpAsync("Control");
        await Expect(window).Not.ToHaveTextAsync("1 Feb 2015 – 28 Feb 2015");
        Assert.Equal(scrolled, await page.EvaluateAsync<double>("() => window.scrollY"));
        await page.WaitForSelectorAsync("[data-axis][data-loaded='true']:not([aria-busy])");

        var zoomed = await window.TextContentAsync();
        await WheelOverAsync(page, chart, 200, 0);
        await Expect(window).Not.ToHaveTextAsync(zoomed!);
        Assert.Equal(scrolled, await page.EvaluateAsync<double>("() => window.scrollY"));
    }

    /// <summary>A report page on another site, tall enough to scroll, with the embed in its middle.</summary>
    private async Task<(IPage Page, ReportHost Host, IFrameLocator Embed, ILocator Frame)> ReportAsync(string src)
    {
        var host = await ReportHost.StartAsync([("Embed", fx.Server.BaseUrl + src)]);
        var page = await fx.NewPageAsync(1000, 700);
        await page.GotoAsync(host.Url);
        await page.EvaluateAsync("() => { document.querySelector('h1').style.marginBottom = '250px'; document.body.style.paddingBottom = '2000px'; }");
        return (page, host, page.FrameLocator("iframe[title='Embed']"), page.Locator("iframe[title='Embed']"));
    }

    [Fact]
    public async Task Scrolling_a_report_over_the_embedded_axis_keeps_scrolling_and_Ctrl_wheel_zooms_the_axis()
    {
        var (page, host, embed, frame) = await ReportAsync("/embed/axis?" + February);
        await using var _ = host;
        await embed.Locator("[data-axis][data-loaded='true']:not([aria-busy])").WaitForAsync();
        await WheelOverAsync(page, embed.Locator(".axis-chart"), 0, 100);
        await page.WaitForFunctionAsync("() => window.scrollY > 0");
        await WheelOverAsync(page, frame, 0, 100, 3);
        await page.WaitForFunctionAsync("() => window.scrollY >= 250");
        await Expect(embed.Locator(".axis-window")).ToHaveTextAsync("1 Feb 2015 – 28 Feb 2015");

        var scrolled = await page.EvaluateAsync<double>("() => window.scrollY");
        await page.Keyboard.DownAsync("Control");
        await WheelOverAsync(page, embed.Locator(".axis-chart"), 0, -100);
        await page.Keyboard.UpAsync("Control");
        await Expect(embed.Locator(".axis-window")).Not.ToHaveTextAsync("1 Feb 2015 – 28 Feb 2015");
        Assert.Equal(scrolled, await page.EvaluateAsync<double>("() => window.scrollY"));
    }

    [Fact]
    public async Task Scrolling_a_report_over_the_embedded_timeline_scrolls_the_report_until_the_reader_clicks_into_the_list()
    {
        var (page, host, embed, frame) = await ReportAsync("/embed/timeline");
        await using var _ = host;
        var list = embed.Locator(".embed-body");
        await Expect(embed.GetByRole(AriaRole.List, new() { Name = "Events" })).ToBeVisibleAsync();
        await WheelOverAsync(page, frame, 0, 100, 3);
        await page.WaitForFunctionAsync("() => window.scrollY >= 250");
        Assert.Equal(0, await list.EvaluateAsync<double>("l => l.scrollTop"));
        await Expect(embed.Locator(".embed-hint")).ToHaveTextAsync("Click the list to scroll it");

        // Once the reader has clicked into the list (on its text, not a link), the wheel scrolls it.
        await embed.Locator(".embed-item time").Nth(1).ClickAsync();
        var scrolled = await page.EvaluateAsync<double>("() => window.scrollY");
        await page.Mouse.WheelAsync(0, 100);
        await Expect(list).Not.ToHaveJSPropertyAsync("scrollTop", 0);
        Assert.Equal(scrolled, await page.EvaluateAsync<double>("() => window.scrollY"));
    }
}
