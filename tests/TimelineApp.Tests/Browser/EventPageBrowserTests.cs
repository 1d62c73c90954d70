using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Browser;

public class EventPageBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Copy_link_puts_the_permanent_address_on_the_clipboard()
    {
        var page = await fx.NewPageAsync();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.GotoAsync("/events/al-qubba-bombings");
        var copy = page.GetByRole(AriaRole.Button, new() { Name = "Copy link" });
        await page.Locator("html[data-reader-ready=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached }); // the copy script is loaded
        await copy.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Link copied." })).ToBeVisibleAsync();
        Assert.Equal(fx.Server.BaseUrl + "/events/al-qubba-bombings", await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
    }

    [Fact]
    public async Task Shows_a_mini_map_of_its_place_its_og_title_and_shares_its_link_and_embed_code()
    {
        var page = await fx.NewPageAsync();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        await page.GotoAsync("/events/al-qubba-bombings");
        var figure = page.GetByRole(AriaRole.Figure, new() { NameRegex = new Regex("^Al-Qubba, Libya · town-level location") });
        await Assertions.Expect(figure).ToBeVisibleAsync();
        await Assertions.Expect(figure.Locator("place-mini-map.leaflet-container")).ToBeVisibleAsync(); // Leaflet drew it
        await Assertions.Expect(page.Locator("meta[property='og:title']")).ToHaveAttributeAsync("content", "Bomb blasts kill dozens in Al-Qubba");

        var share = page.GetByRole(AriaRole.Button, new() { Name = "Share" });
        await page.Locator("html[data-reader-ready=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await share.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Share and embed" });
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Copy link to this event" }).ClickAsync();
        await Assertions.Expect(dialog.GetByRole(AriaRole.Status)).ToHaveTextAsync("Link to this event copied.");
        Assert.Equal(fx.Server.BaseUrl + "/events/al-qubba-bombings", await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
        await Assertions.Expect(dialog.GetByRole(AriaRole.Textbox, new() { Name = "Embed code" }))
            .ToHaveValueAsync(new Regex($"^<iframe src=\"{Regex.Escape(fx.Server.BaseUrl)}/embed/event/al-qubba-bombings\\?theme=auto\""));
        await Assertions.Expect(dialog.GetByRole(AriaRole.Textbox, new() { Name = "Link to this view" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Tags_and_the_source_link_lead_to_the_filtered_timeline_and_the_marked_quote()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/events/al-qubba-bombings");
        await page.GetByRole(AriaRole.Link, new() { Name = "#al-qubba" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/\?tag=al-qubba$"));
        await Assertions.Expect(page.GetByText("2 events", new() { Exact = true })).ToBeVisibleAsync();

        await page.GoBackAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Read it in the article" }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/sources/\d+#quote-\d+$"));
        var id = new Uri(page.Url).Fragment.TrimStart('#');
        await Assertions.Expect(page.Locator($"mark#{id}")).ToContainTextAsync("Al-Qubba killed at least 41 people");
        await Assertions.Expect(page.Locator($"mark#{id}")).ToBeInViewportAsync();
    }
}
