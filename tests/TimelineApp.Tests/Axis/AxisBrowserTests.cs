using System.Text.Json;
using Microsoft.Playwright;
using TimelineApp.Tests.Browser;
using TimelineApp.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TimelineApp.Tests.Axis;

/// <summary>The time axis in real Chromium on the seeded events: order, honest spans, zoom and Back, focus, the embed, axe.</summary>
public class AxisBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private const string February = "/?view=axis&from=2015-02-01&to=2015-02-28";

    private async Task<IPage> OpenAsync(string path, int width = 1280)
    {
        var page = await fx.NewPageAsync(width, 900);
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync("[data-axis][data-loaded='true']");
        return page;
    }

    /// <summary>The left and right edges of each drawn mark, by slug.</summary>
    private static async Task<Dictionary<string, double[]>> MarkBoxesAsync(IPage page) =>
        (await page.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll('a.axis-mark')].map(a => {
              const b = a.getBoundingClientRect(); return { slug: a.dataset.slug, left: b.left, right: b.right }; })
            """)).EnumerateArray().ToDictionary(m => m.GetProperty("slug").GetString()!,
                m => new[] { m.GetProperty("left").GetDouble(), m.GetProperty("right").GetDouble() });

    [Fact]
    public async Task February_2015_events_are_drawn_in_date_order_from_left_to_right()
    {
        var page = await OpenAsync(February);
        var boxes = await MarkBoxesAsync(page);
        string[] inOrder = ["coptic-christians-beheading-video", "egyptian-airstrikes-on-derna", "sisi-calls-for-un-mandate", "shukri-washington-meeting", "al-qubba-bombings"];
        var centres = inOrder.Select(s => (boxes[s][0] + boxes[s][1]) / 2).ToList();
        for (var i = 1; i < centres.Count; i++) Assert.True(centres[i] > centres[i - 1] + 20, $"{inOrder[i]} is not right of {inOrder[i - 1]}: {string.Join(", ", centres)}");
        await Expect(page.Locator(".axis-window")).ToHaveTextAsync("1 Feb 2015 – 28 Feb 2015");
        // The text alternative lists the same events under the axis.
        var list = page.GetByRole(AriaRole.Region, new() { Name = "In view" }).GetByRole(AriaRole.Listitem);
        await Expect(list).ToHaveCountAsync(14);
        await Expect(list.First).ToContainTextAsync("c. Feb 2015");
        await Expect(list.Filter(new() { HasText = "Egyptian airstrikes on Islamic State targets in Derna" })).ToContainTextAsync("16 Feb 2015");
    }

    [Fact]
    public async Task The_October_2014_pledge_spans_its_whole_month_marked_uncertain_and_wider_than_the_16_February_strikes()
    {
        var page = await OpenAsync("/?view=axis&from=2014-09-01&to=2015-03-31");
        var boxes = await MarkBoxesAsync(page);
        var pledge = boxes["ansar-al-sharia-derna-pledge"];
        var strikes = boxes["egyptian-airstrikes-on-derna"];
        var dayWidth = (await page.Locator(".axis-chart").BoundingBoxAsync())!.Width / 212;
        Assert.InRange(pledge[1] - pledge[0], 29 * dayWidth, 33 * dayWidth);
        Assert.True(pledge[1] - pledge[0] > 3 * (strikes[1] - strikes[0]), $"pledge {pledge[1] - pledge[0]} px, strikes {strikes[1] - strikes[0]} px");
        await Expect(page.Locator("a.axis-mark[data-slug='ansar-al-sharia-derna-pledge']")).ToHaveClassAsync("axis-mark span uncertain");
        await Expect(page.Locator("a.axis-mark[data-slug='egyptian-airstrikes-on-derna']")).ToHaveClassAsync("axis-mark point");
    }

    [Fact]
    public async Task Zooming_changes_the_window_and_the_address_and_Back_restores_them()
    {
        var page = await OpenAsync(February);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoom in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"from=2015-02-0[4-6]&to=2015-02-2[3-5]"));
        await Expect(page.Locator(".axis-window")).Not.ToHaveTextAsync("1 Feb 2015 – 28 Feb 2015");
        var zoomed = page.Url;
        await page.Locator(".axis-chart").FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(page).Not.ToHaveURLAsync(zoomed);
        var panned = page.Url;
        await page.Keyboard.PressAsync("-");
        await Expect(page).Not.ToHaveURLAsync(panned);

        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(panned);
        await page.GoBackAsync();
        await page.GoBackAsync();
        await Expect(page).ToHaveURLAsync(fx.Server.BaseUrl + February);
        await Expect(page.Locator(".axis-window")).ToHaveTextAsync("1 Feb 2015 – 28 Feb 2015");
        await page.WaitForSelectorAsync("[data-axis][data-loaded='true']:not([aria-busy])");
        var chart = (await page.Locator(".axis-chart").BoundingBoxAsync())!;
        Assert.Equal(14, (await MarkBoxesAsync(page)).Count(kv => kv.Value[1] > chart.X && kv.Value[0] < chart.X + chart.Width));
    }

    [Fact]
    public async Task Hover_and_focus_show_the_title_and_the_date_as_written_and_Enter_opens_the_event()
    {
        var page = await OpenAsync("/?view=axis&from=2015-01-20&to=2015-03-10");
        var pinotti = page.Locator("a.axis-mark[data-slug='pinotti-open-to-intervention']");
        await pinotti.HoverAsync();
        await Expect(page.GetByRole(AriaRole.Tooltip)).ToContainTextAsync("c. Feb 2015");
        var strikes = page.GetByRole(AriaRole.Link, new() { Name = "Egyptian airstrikes on Islamic State targets in Derna, 16 Feb 2015" });
        await strikes.FocusAsync();
        await Expect(page.GetByRole(AriaRole.Tooltip)).ToContainTextAsync("Egyptian airstrikes on Islamic State targets in Derna");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(fx.Server.BaseUrl + "/events/egyptian-airstrikes-on-derna", new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task The_view_toggle_offers_the_axis_and_the_lanes_follow_the_address()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/?type=airstrike");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "View" }).GetByRole(AriaRole.Link, new() { Name = "Axis" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(fx.Server.BaseUrl + "/?type=airstrike&view=axis");
        await page.WaitForSelectorAsync("[data-axis][data-loaded='true']");
        await Expect(page.Locator("a.axis-mark")).ToHaveCountAsync(4);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Lanes" }).GetByRole(AriaRole.Link, new() { Name = "Country" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("lanes=country"));
        await Expect(page.Locator(".lane-label").First).ToContainTextAsync("Libya");
    }

    [Fact]
    public async Task The_embed_draws_the_axis_inside_an_iframe_on_another_site()
    {
        await using var host = await ReportHost.StartAsync([("Embedded axis", fx.Server.BaseUrl + "/embed/axis?from=2015-02-01&to=2015-02-28&type=airstrike")]);
        var page = await fx.NewPageAsync();
        await page.GotoAsync(host.Url);
        var embed = page.FrameLocator("iframe[title='Embedded axis']");
        var mark = embed.GetByRole(AriaRole.Link, new() { Name = "Egyptian airstrikes on Islamic State targets in Derna, 16 Feb 2015" });
        await Expect(mark).ToBeVisibleAsync();
        Assert.Equal("_blank", await mark.GetAttributeAsync("target"));
        Assert.StartsWith(fx.Server.BaseUrl + "/events/", await mark.GetAttributeAsync("href"));
        await embed.GetByRole(AriaRole.Button, new() { Name = "Zoom in" }).ClickAsync();
        await Expect(embed.Locator(".axis-window")).Not.ToHaveTextAsync("1 Feb 2015 – 28 Feb 2015");
        Assert.Equal(host.Url.TrimEnd('/'), page.Url.TrimEnd('/'));
    }

    [Theory]
    [InlineData(February, 1280)]
    [InlineData(February, 390)]
    [InlineData("/embed/axis?from=2014-01-01&to=2015-03-01", 600)]
    public async Task The_axis_has_no_serious_or_critical_accessibility_violations(string path, int width)
    {
        var page = await OpenAsync(path, width);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling");
        await AssertNoSeriousViolationsAsync(page);
    }

    /// <summary>axe-core (from our own /lib) on the whole page: no serious or critical violation.</summary>
    internal static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        await page.AddScriptTagAsync(new() { Url = "/lib/axe-core/axe.min.js" });
        var violations = await page.EvaluateAsync<string[]>("""
            async () => (await axe.run(document)).violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.id}: ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`)
            """);
        Assert.True(violations.Length == 0, string.Join("\n", violations));
    }
}
