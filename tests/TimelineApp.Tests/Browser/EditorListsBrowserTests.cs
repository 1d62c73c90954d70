using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TimelineApp.Tests.Browser;

/// <summary>The editors' lists in real Chromium: sorting from the keyboard, filtering with an empty state, acting on a row.</summary>
public class EditorListsBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> SignedInAsync(string email, string url)
    {
        await TestUsers.EnsureBothAsync(fx.Server.Services);
        var page = await fx.NewPageAsync();
        await page.SignInAsync(email);
        await page.GotoAsync(url);
        await Expect(page.GetByRole(AriaRole.Textbox, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Filter") })).ToBeEnabledAsync();
        return page;
    }

    [Fact]
    public async Task Should_sort_the_dashboard_by_title_from_the_keyboard_and_say_when_no_event_matches()
    {
        var page = await SignedInAsync(TestUsers.EditorEmail, "/edit");
        var grid = page.GetByRole(AriaRole.Region, new() { Name = "Events: All events" }).GetByRole(AriaRole.Table);
        await using (var db = fx.Server.CreateDb())
        {
            var titles = await db.Events.OrderBy(e => e.Title).ThenBy(e => e.Id).Select(e => e.Title).ToListAsync();
            var sort = grid.GetByRole(AriaRole.Columnheader, new() { Name = "Event" }).GetByRole(AriaRole.Button).First;
            await sort.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Expect(grid.GetByRole(AriaRole.Row).Nth(1).GetByRole(AriaRole.Link).First).ToHaveTextAsync(titles[0]);
            await page.Keyboard.PressAsync("Enter");
            await Expect(grid.GetByRole(AriaRole.Row).Nth(1).GetByRole(AriaRole.Link).First).ToHaveTextAsync(titles[^1]);
        }

        await page.GetByRole(AriaRole.Textbox, new() { Name = "Filter by title" }).FillAsync("no such event anywhere");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "No events match." })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Should_let_a_reviewer_disable_and_enable_a_user_from_the_list()
    {
        var page = await SignedInAsync(TestUsers.ReviewerEmail, "/edit/users");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Filter by email" }).FillAsync(TestUsers.EditorEmail);
        // The filter reloads the rows after a pause; a click that lands while the row is being replaced does nothing.
        await Expect(page.GetByText("1-1 of 1", new() { Exact = true })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Disable {TestUsers.EditorEmail}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"Disabled {TestUsers.EditorEmail}." })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Disabled", Exact = true })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Enable {TestUsers.EditorEmail}" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = $"Enabled {TestUsers.EditorEmail}." })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = $"Disable {TestUsers.EditorEmail}" })).ToBeVisibleAsync();
    }
}
