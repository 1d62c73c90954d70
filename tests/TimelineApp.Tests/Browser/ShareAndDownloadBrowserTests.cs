using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TimelineApp.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TimelineApp.Tests.Browser;

/// <summary>The timeline's and the map's Share dialog, Download menu and link preview follow the view as its filters change.</summary>
public class ShareAndDownloadBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> OpenTimelineAsync(string url = "/")
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync(url);
        await page.Locator("html[data-reader-ready=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        return page;
    }

    [Fact]
    public async Task Share_on_the_timeline_copies_the_link_and_the_embed_code_of_the_filtered_view()
    {
        var page = await OpenTimelineAsync();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Airstrike" }).CheckAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/\?type=airstrike$"));
        await Expect(page.Locator("meta[property='og:url']")).ToHaveAttributeAsync("content", fx.Server.BaseUrl + "/?type=airstrike");

        await page.GetByRole(AriaRole.Button, new() { Name = "Share" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Share and embed" });
        await Expect(dialog.GetByRole(AriaRole.Textbox, new() { Name = "Link to this view" })).ToHaveValueAsync(fx.Server.BaseUrl + "/?type=airstrike");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Copy link to this view" }).ClickAsync();
        await Expect(dialog.GetByRole(AriaRole.Status)).ToHaveTextAsync("Link to this view copied.");
        Assert.Equal(fx.Server.BaseUrl + "/?type=airstrike", await page.EvaluateAsync<string>("navigator.clipboard.readText()"));

        await dialog.GetByRole(AriaRole.Button, new() { Name = "Copy embed code" }).ClickAsync();
        await Expect(dialog.GetByRole(AriaRole.Status)).ToHaveTextAsync("Embed code copied.");
        var code = await page.EvaluateAsync<string>("navigator.clipboard.readText()");
        Assert.StartsWith($"<iframe src=\"{fx.Server.BaseUrl}/embed/timeline?type=airstrike&amp;theme=auto\" width=\"600\" height=\"400\" title=\"Timeline: Airstrike · TimelineApp\"", code);
        var preview = dialog.FrameLocator("iframe");
        await Expect(preview.GetByRole(AriaRole.Link, new() { Name = "Egyptian airstrikes on Islamic State targets in Derna" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Download_links_and_link_preview_tags_follow_the_timelines_filters()
    {
        var page = await OpenTimelineAsync("/?type=bombing");
        await page.GetByRole(AriaRole.Combobox, new() { Name = "Country" }).SelectOptionAsync("LY");
        await Expect(page).ToHaveURLAsync(new Regex(@"/\?type=bombing&country=LY$"));

        // The address changes as the enhanced navigation starts; the new page is in once its link preview tags are.
        await Expect(page.Locator("meta[property='og:url']")).ToHaveAttributeAsync("content", fx.Server.BaseUrl + "/?type=bombing&country=LY");
        await page.GetByText("Download", new() { Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "CSV", Exact = true })).ToHaveAttributeAsync("href", "/export/events.csv?type=bombing&country=LY");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "SVG image" })).ToHaveAttributeAsync("href", "/export/events.svg?type=bombing&country=LY");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "View" }).GetByRole(AriaRole.Link, new() { Name = "Map", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/map\?type=bombing&country=LY$"));
    }

    [Fact]
    public async Task The_maps_download_links_share_link_and_timeline_link_follow_the_time_window()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/map?type=bombing");
        await MapBrowserTests.ReadyMapAsync(page);
        var slider = page.GetByRole(AriaRole.Region, new() { Name = "Time window" });
        await slider.GetByRole(AriaRole.Slider, new() { Name = "Window start" }).FocusAsync();
        await page.Keyboard.PressAsync("End");
        // The slider replaces the address (history.replaceState): no navigation to wait for, only the URL.
        await Expect(page).ToHaveURLAsync(new Regex(@"/map\?from=(\d{4}-\d\d-\d\d)&to=\1&type=bombing$"));
        var query = new Uri(page.Url).Query;
        // The page around the map is redrawn for the new window; it is in once its link preview tags are.
        await Expect(page.Locator("meta[property='og:url']")).ToHaveAttributeAsync("content", fx.Server.BaseUrl + "/map" + query);

        await page.GetByText("Download", new() { Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "GeoJSON" })).ToHaveAttributeAsync("href", "/export/events.geojson" + query);
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "View" }).GetByRole(AriaRole.Link, new() { Name = "List", Exact = true }))
            .ToHaveAttributeAsync("href", "/" + query);
        await page.GetByRole(AriaRole.Button, new() { Name = "Share" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Share and embed" });
        await Expect(dialog.GetByRole(AriaRole.Textbox, new() { Name = "Link to this view" })).ToHaveValueAsync(fx.Server.BaseUrl + "/map" + query);
        await Expect(dialog.GetByRole(AriaRole.Textbox, new() { Name = "Embed code" })).ToHaveValueAsync(new Regex($"^<iframe src=\"{Regex.Escape(fx.Server.BaseUrl)}/embed/map{Regex.Escape(query.Replace("&", "&amp;"))}&amp;theme=auto\" width=\"600\" height=\"400\" title=\"Map: Bombing · \\d+ \\w+ 2015 · TimelineApp\""));
    }
}
