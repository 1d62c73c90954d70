using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TimelineApp.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TimelineApp.Tests.Browser;

/// <summary>/?view=split: the timeline list and the map side by side, each pointing at the other's event.</summary>
public class SplitViewBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private const string AlQubba = "Bomb blasts kill dozens in Al-Qubba";

    private async Task<(IPage Page, ILocator Map)> OpenSplitAsync(string query, int width = 1280, int height = 900)
    {
        var page = await fx.NewPageAsync(width, height);
        await page.GotoAsync("/" + query);
        await page.Locator("html[data-reader-ready=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        return (page, await MapBrowserTests.ReadyMapAsync(page));
    }

    [Fact]
    public async Task Pointing_at_an_entry_highlights_its_marker_and_selecting_one_opens_it_on_the_map()
    {
        var (page, map) = await OpenSplitAsync("?view=split&type=bombing");
        await page.GetByRole(AriaRole.Link, new() { Name = AlQubba, Exact = true }).HoverAsync();
        var marker = map.GetByRole(AriaRole.Button, new() { Name = $"{AlQubba} (Bombing, 20 Feb 2015)" });
        await Expect(marker).ToHaveClassAsync(new Regex(@"\bis-selected\b"));
        await Expect(map.GetByRole(AriaRole.Link, new() { Name = "Open the event and its sources: " + AlQubba })).ToBeVisibleAsync();

        // Keyboard users get the same by tabbing onto the entry; selecting it puts it in the address.
        await page.GetByRole(AriaRole.Link, new() { Name = "Show details of Bombing targets Egypt's embassy in Tripoli" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"[?&]event=egypt-embassy-tripoli-bombing(&|$)"));
        await Expect(map.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Bombing targets Egypt's embassy in Tripoli") })).ToHaveClassAsync(new Regex(@"\bis-selected\b"));
        await Expect(map.GetByText("Tripoli · town-level location")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_event_sharing_its_spot_with_others_is_fanned_out_where_it_is_without_zooming_all_the_way_in()
    {
        // Both Libya-wide events of 15–16 Feb stand on the same point (the country's); zoomed to the end, nothing would be recognisable.
        var (page, map) = await OpenSplitAsync("?view=split&from=2015-02&to=2015-02&country=LY");
        const string beheading = "Islamic State video shows beheading of 21 Egyptian Coptic Christians";
        await page.GetByRole(AriaRole.Link, new() { Name = beheading, Exact = true }).HoverAsync();
        await Expect(map.GetByRole(AriaRole.Button, new() { Name = $"{beheading} (Beheading / execution, 15 Feb 2015)" })).ToHaveClassAsync(new Regex(@"\bis-selected\b"));
        await Expect(map.GetByRole(AriaRole.Link, new() { Name = "Open the event and its sources: " + beheading })).ToBeVisibleAsync();
        await Expect(map.GetByRole(AriaRole.Button, new() { Name = "Zoom in" })).ToHaveAttributeAsync("aria-disabled", "false");
    }

    [Fact]
    public async Task Clicking_a_marker_selects_its_entry_scrolls_the_list_to_it_and_writes_it_to_the_address()
    {
        var (page, map) = await OpenSplitAsync("?view=split&from=2015-02&to=2015-02", height: 700);
        var entry = page.Locator("#entry-obama-calls-for-war-on-is");
        await page.EvaluateAsync("window.scrollTo(0, document.body.scrollHeight)");
        await Expect(entry).Not.ToBeInViewportAsync();

        await map.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Obama calls for war on the Islamic State") }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/\?from=2015-02-01&to=2015-02-28&event=obama-calls-for-war-on-is&view=split$"));
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Hide details of Obama calls for war on the Islamic State" }))
            .ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(entry).ToHaveClassAsync(new Regex(@"\bis-selected\b"));
        await Expect(entry).ToBeInViewportAsync();
    }

    [Fact]
    public async Task The_view_toggle_keeps_the_filters_and_the_panes_sit_side_by_side_only_on_wide_screens()
    {
        var (page, _) = await OpenSplitAsync("?type=bombing&view=split");
        var toggle = page.GetByRole(AriaRole.Navigation, new() { Name = "View" });
        await Expect(toggle.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Split") })).ToHaveAttributeAsync("aria-current", "page");
        await Expect(toggle.GetByRole(AriaRole.Link, new() { Name = "Map", Exact = true })).ToHaveAttributeAsync("href", "/map?type=bombing");
        var list = await page.Locator(".timeline-list").BoundingBoxAsync();
        var mapBox = await page.Locator(".timeline-map").BoundingBoxAsync();
        Assert.True(mapBox!.X >= list!.X + list.Width, "on a wide screen the map is to the right of the list");

        await toggle.GetByRole(AriaRole.Link, new() { Name = "List", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/\?type=bombing$"));
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Event map" })).ToHaveCountAsync(0);

        var (phone, _) = await OpenSplitAsync("?type=bombing&view=split", 375, 800);
        var phoneList = await phone.Locator(".timeline-list").BoundingBoxAsync();
        var phoneMap = await phone.Locator(".timeline-map").BoundingBoxAsync();
        Assert.True(phoneMap!.Y + phoneMap.Height <= phoneList!.Y + 1, "on a phone the map sits above the list");
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"));
    }
}
