using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using TimelineApp.Accounts;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TimelineApp.Tests.Browser;

/// <summary>
/// A form left open in one tab while its editor signs out in another: the save is refused on the server, the form
/// stays with its typing and says why, the autosaved work is offered back after signing in again, and once signed in
/// again the same form saves.
/// </summary>
public class SignOutInAnotherTabBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private const string Email = "signout-tab@example.org"; // its own account: signing out ends every session of it
    private const string Title = "Typed in a tab whose editor signed out elsewhere";

    [Fact]
    public async Task Save_after_sign_out_in_another_tab_is_refused_with_a_notice_keeps_the_typing_and_works_after_signing_in_again()
    {
        await TestUsers.EnsureAsync(fx.Server.Services, Email, Roles.Editor);
        var context = await fx.Browser.NewContextAsync(new() { BaseURL = fx.Server.BaseUrl, ViewportSize = new() { Width = 1280, Height = 900 } });
        var form = await context.NewPageAsync();
        var asked = new List<string>();
        form.Dialog += async (_, dialog) => { asked.Add(dialog.Message); await dialog.DismissAsync(); };
        await form.SignInAsync(Email);
        await form.GotoAsync("/edit/events/new");
        var title = form.GetByLabel("Title", new() { Exact = true });
        await Expect(title).ToBeEnabledAsync();
        await title.FillAsync(Title);
        await form.GetByLabel("Summary").FillAsync("Typed before the editor signed out in another tab.");
        await form.GetByLabel("Type", new() { Exact = true }).SelectOptionAsync("airstrike");
        await form.GetByLabel("Start date").FillAsync("16 Feb 2015");
        await form.GetByRole(AriaRole.Button, new() { Name = "Remove citation 1" }).ClickAsync();
        await Expect(form.GetByText(new Regex(@"Work in progress kept at \d\d:\d\d UTC"))).ToBeVisibleAsync(new() { Timeout = 30_000 });

        var other = await context.NewPageAsync();
        await other.GotoAsync("/edit");
        await other.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(other.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();

        await form.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        var notice = form.GetByRole(AriaRole.Alert).Filter(new() { HasText = "signed out in another tab" });
        await Expect(notice).ToBeVisibleAsync();
        await Expect(notice).ToContainTextAsync("nothing was saved");
        await Expect(form.GetByText("Some fields need attention")).ToHaveCountAsync(0); // refused for the sign-in, not the form
        await Expect(notice.GetByRole(AriaRole.Link, new() { Name = "Sign in again in a new tab" })).ToHaveAttributeAsync("target", "_blank");
        await Expect(title).ToHaveValueAsync(Title);
        Assert.EndsWith("/edit/events/new", form.Url);

        // After the revalidation has dropped the circuit to anonymous, the form's old sign-in still cannot write.
        await form.WaitForTimeoutAsync((int)(SessionRevalidatingStateProvider.Interval.TotalMilliseconds * 1.5));
        await form.GetByLabel("Note for the history (why this change)").FillAsync("typed after the sign-out");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(notice).ToBeVisibleAsync();
        await Expect(title).ToHaveValueAsync(Title);
        Assert.Empty(asked);
        Assert.Equal(0, await EventsTitledAsync());

        // Signed in again (in the other tab): a new form offers the autosaved work back...
        await other.SignInAsync(Email);
        await other.GotoAsync("/edit/events/new");
        await Expect(other.GetByText(new Regex(@"Unsaved work from \d\d:\d\d UTC"))).ToBeVisibleAsync();
        // ...and the form left open saves now, under the new sign-in.
        await form.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(form.GetByText("Draft created.")).ToBeVisibleAsync();
        Assert.Equal(1, await EventsTitledAsync());
        Assert.Empty(asked);
        await context.CloseAsync();
    }

    private async Task<int> EventsTitledAsync()
    {
        await using var db = fx.Server.CreateDb();
        return await db.Events.CountAsync(e => e.Title == Title);
    }
}
