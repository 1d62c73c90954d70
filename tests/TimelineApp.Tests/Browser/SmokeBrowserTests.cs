using Microsoft.Playwright;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Browser;

public class SmokeBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Home_page_renders_the_seeded_events_and_starts_an_interactive_circuit()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Timeline", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Egyptian airstrikes on Islamic State targets in Derna").First).ToBeVisibleAsync();
    }
}
