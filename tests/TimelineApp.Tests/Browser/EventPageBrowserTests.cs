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
        await Assertions.Expect(copy).ToBeEnabledAsync(); // enabled once its interactive island is connected
        await copy.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Link copied." })).ToBeVisibleAsync();
        Assert.Equal(fx.Server.BaseUrl + "/events/al-qubba-bombings", await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
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
