using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TimelineApp.Tests.Browser;

/// <summary>Two editors at once, and leaving a form with unsaved changes: no word is lost silently.</summary>
public class EditingSafetyBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> EditorPageAsync(string url, int width = 1280)
    {
        await TestUsers.EnsureBothAsync(fx.Server.Services);
        var page = await fx.NewPageAsync(width);
        await page.SignInAsync(TestUsers.EditorEmail);
        await page.GotoAsync(url);
        if (url != "/edit") await Expect(page.GetByLabel("Title", new() { Exact = true })).ToBeEnabledAsync();
        return page;
    }

    private async Task<int> SeededDraftAsync(string slug)
    {
        await using var db = fx.Server.CreateDb();
        var e = await db.Events.SingleAsync(x => x.Slug == slug);
        // Seeded events are published; a draft copy keeps this test's edits away from other tests.
        e.Status = TimelineApp.Data.EventStatus.Draft;
        await db.SaveChangesAsync();
        return e.Id;
    }

    [Fact]
    public async Task Second_editor_sees_the_first_editors_change_keeps_their_own_and_merges()
    {
        var id = await SeededDraftAsync((await FirstSlugAsync()));
        var alice = await EditorPageAsync($"/edit/events/{id}");
        var bob = await EditorPageAsync($"/edit/events/{id}");

        await alice.GetByLabel("Summary").FillAsync("Alice rewrote the summary.");
        await alice.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(alice.GetByText("Saved.")).ToBeVisibleAsync();

        await bob.GetByLabel("Title", new() { Exact = true }).FillAsync("Bob's better title");
        await bob.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        var conflict = bob.GetByRole(AriaRole.Alert, new() { Name = "Edit conflict" });
        await Expect(conflict).ToBeVisibleAsync();
        await Expect(conflict.GetByRole(AriaRole.Rowheader, new() { Name = "Summary (they changed)" })).ToBeVisibleAsync();
        await Expect(conflict.GetByRole(AriaRole.Rowheader, new() { Name = "Title (you changed)" })).ToBeVisibleAsync();
        await Expect(bob.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync("Bob's better title");

        await bob.GetByRole(AriaRole.Button, new() { Name = "Save with these choices" }).ClickAsync();
        await Expect(bob.GetByText("Saved.")).ToBeVisibleAsync();
        await using var db = fx.Server.CreateDb();
        var saved = await db.Events.SingleAsync(e => e.Id == id);
        Assert.Equal(("Bob's better title", "Alice rewrote the summary."), (saved.Title, saved.Summary));
    }

    [Fact]
    public async Task Leaving_a_form_with_unsaved_changes_by_a_link_asks_first()
    {
        var (page, asked) = await HalfWrittenFormAsync();
        await page.GetByText("Menu", new() { Exact = true }).ClickAsync(); // on a phone the main links are in the menu
        await page.GetByRole(AriaRole.Link, new() { Name = "Timeline", Exact = true }).ClickAsync();
        await Expect(page.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync("Half-written event");
        Assert.Contains("unsaved changes", Assert.Single(asked));
        Assert.EndsWith("/edit/events/new", page.Url);
    }

    [Fact]
    public async Task Leaving_a_form_with_unsaved_changes_by_the_back_button_asks_first()
    {
        var (page, asked) = await HalfWrittenFormAsync();
        await page.EvaluateAsync("() => history.back()");
        await page.WaitForTimeoutAsync(500);
        await Expect(page.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync("Half-written event");
        Assert.Contains("unsaved changes", Assert.Single(asked));
    }

    private async Task<(IPage Page, List<string> Asked)> HalfWrittenFormAsync()
    {
        var page = await EditorPageAsync("/edit", width: 375);
        await page.GetByRole(AriaRole.Link, new() { Name = "New event" }).ClickAsync();
        await Expect(page.GetByLabel("Title", new() { Exact = true })).ToBeEnabledAsync();
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Half-written event");
        var asked = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            asked.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        return (page, asked);
    }

    private async Task<string> FirstSlugAsync()
    {
        await using var db = fx.Server.CreateDb();
        return await db.Events.OrderBy(e => e.Id).Select(e => e.Slug).FirstAsync();
    }
}
