using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TimelineApp.Accounts;
using TimelineApp.Editing;
using TimelineApp.Tests.Editing;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TimelineApp.Tests.Browser;

/// <summary>
/// The editors' MudBlazor forms in Chromium: adding a user and a type (with a message on bad input and a "Saved"
/// snackbar), editing a type, importing a CSV through MudFileUpload, and paging through a long revision history.
/// </summary>
public class FormsBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> SignedInAsync(string email, string url, int width = 1280)
    {
        await TestUsers.EnsureBothAsync(fx.Server.Services);
        var page = await fx.NewPageAsync(width);
        await page.SignInAsync(email);
        await page.GotoAsync(url);
        return page;
    }

    private static ILocator Snackbar(IPage page, string text) => page.Locator(".mud-snackbar").Filter(new() { HasText = text });

    [Fact]
    public async Task Should_add_a_user_through_the_form_after_saying_what_is_wrong_with_a_bad_email()
    {
        var page = await SignedInAsync(TestUsers.ReviewerEmail, "/edit/users", width: 390);
        var email = page.GetByRole(AriaRole.Textbox, new() { Name = "Email", Exact = true });
        await Expect(email).ToBeEnabledAsync();
        await email.FillAsync("not-an-email");
        await page.GetByLabel("First password").FillAsync("colleague-pass-42");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
        await Expect(page.GetByText("Enter an email address like name@example.org.")).ToBeVisibleAsync();

        await email.FillAsync("new.colleague@example.org");
        await page.GetByLabel("First password").PressAsync("Enter"); // the keyboard submits the form
        await Expect(Snackbar(page, "Added new.colleague@example.org as Editor.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Disable new.colleague@example.org" })).ToBeVisibleAsync(); // the new row is in the list
        await Expect(email).ToHaveValueAsync("");
        await using var scope = fx.Server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var added = await users.FindByEmailAsync("new.colleague@example.org");
        Assert.NotNull(added);
        Assert.True(await users.IsInRoleAsync(added, Roles.Editor));
    }

    [Fact]
    public async Task Should_refuse_a_weak_first_password_with_the_reason_and_add_nobody()
    {
        var page = await SignedInAsync(TestUsers.ReviewerEmail, "/edit/users");
        await Expect(page.GetByRole(AriaRole.Textbox, new() { Name = "Email", Exact = true })).ToBeEnabledAsync();
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Email", Exact = true }).FillAsync("weak.password@example.org");
        await page.GetByLabel("First password").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "The user was not added" })).ToBeVisibleAsync();
        await using var scope = fx.Server.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>().FindByEmailAsync("weak.password@example.org"));
    }

    [Fact]
    public async Task Should_show_the_static_two_factor_forms_validation_message_on_its_mud_text_field()
    {
        await TestUsers.EnsureAsync(fx.Server.Services, "static-form@example.org", Roles.Editor);
        var page = await fx.NewPageAsync();
        await page.SignInAsync("static-form@example.org");
        await page.GotoAsync("/account/two-factor");
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify and turn on" }).ClickAsync();
        await Expect(page.GetByText("Enter the six-digit code.")).ToBeVisibleAsync();
        await page.GetByLabel("Six-digit code from the app").FillAsync("000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify and turn on" }).ClickAsync();
        await Expect(page.GetByText("That code is not right.", new() { Exact = false })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Should_add_a_type_then_rename_it_on_its_own_page()
    {
        var page = await SignedInAsync(TestUsers.ReviewerEmail, "/edit/types");
        var name = page.GetByRole(AriaRole.Textbox, new() { Name = "Name", Exact = true });
        await Expect(name).ToBeEnabledAsync();
        await name.FillAsync("Siege");
        var colour = page.GetByRole(AriaRole.Textbox, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Colour") });
        await colour.FillAsync("red");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add type" }).ClickAsync();
        await Expect(page.GetByText("The colour must be a hex colour like #D55E00.")).ToBeVisibleAsync();
        await colour.FillAsync("#1a2b3c");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add type" }).ClickAsync();
        await Expect(Snackbar(page, "Added the type Siege (id siege).")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Edit the type Siege" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Edit the type Siege" }).ClickAsync();
        var rename = page.GetByRole(AriaRole.Textbox, new() { Name = "Name", Exact = true });
        await Expect(rename).ToBeEnabledAsync();
        await Expect(rename).ToHaveValueAsync("Siege");
        await rename.FillAsync("Blockade");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save type" }).ClickAsync();
        await Expect(Snackbar(page, "Saved the type Blockade.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Edit type: Blockade" })).ToBeVisibleAsync();
        await using var db = fx.Server.CreateDb();
        var type = await db.EventTypes.AsNoTracking().SingleAsync(t => t.Id == "siege");
        Assert.Equal(("Blockade", "#1A2B3C"), (type.Name, type.Color));
    }

    [Fact]
    public async Task Should_import_a_csv_picked_with_mud_file_upload()
    {
        var page = await SignedInAsync(TestUsers.EditorEmail, "/edit/import");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Choose a CSV file" })).ToBeEnabledAsync();
        await page.Locator("input[type=file][aria-label='CSV file']").SetInputFilesAsync(new FilePayload
        {
            Name = "two-events.csv", MimeType = "text/csv",
            Buffer = "title,summary,start_date,event_type\nImported through the picker,Jets struck at dawn.,16 Feb 2015,airstrike\nA second imported row,A car bomb went off.,Feb 2015,bombing\n"u8.ToArray(),
        });
        await Expect(page.GetByText("two-events.csv")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Imported: 2 new" })).ToBeVisibleAsync();
        await using var db = fx.Server.CreateDb();
        Assert.True(await db.Events.AnyAsync(e => e.Title == "Imported through the picker"));
    }

    [Fact]
    public async Task Should_page_through_a_long_history_with_each_diff_against_the_revision_before()
    {
        var services = fx.Server.Services;
        var editor = services.GetRequiredService<EventEditor>();
        var loader = services.GetRequiredService<EventLoader>();
        var reviewer = EditingKit.AReviewer;
        int article;
        await using (var db = fx.Server.CreateDb()) article = await db.Articles.Where(a => a.Key == "vice-news-2015-02-17").Select(a => a.Id).SingleAsync();
        var form = new EventForm
        {
            Title = "A long history", Summary = "Summary 1", TypeId = "un-appeal", Start = "17 Feb 2015",
            Place = new PlaceForm { Name = "Cairo", Country = "EG", Latitude = 30.0444, Longitude = 31.2357 },
            Citations = [new CitationForm { ArticleId = article, Quote = "President Abdel Fattah el-Sisi today demanded a UN resolution" }],
        };
        var saved = await editor.SaveAsync(form, reviewer);
        Assert.True(saved.Succeeded, saved.Message);
        var id = saved.EventId!.Value;
        for (var i = 2; i <= 30; i++)
        {
            var next = (await loader.LoadAsync(id))!.Form.With(f => f.Summary = $"Summary {i}");
            Assert.True((await editor.SaveAsync(next, reviewer)).Succeeded);
        }

        var page = await SignedInAsync(TestUsers.EditorEmail, $"/edit/events/{id}/history");
        var grid = page.GetByRole(AriaRole.Region, new() { Name = "Revisions" });
        await Expect(grid.GetByRole(AriaRole.Button, new() { Name = "Restore revision 29" })).ToBeEnabledAsync();
        await Expect(grid.GetByText("Revision 30", new() { Exact = false }).First).ToBeVisibleAsync();
        // The oldest row of the first page (revision 6) is diffed against revision 5, which is on the next page.
        await Expect(Changes(grid, 6).GetByRole(AriaRole.Row, new() { Name = "Summary Summary 5 Summary 6" })).ToBeVisibleAsync();
        await Expect(grid.GetByText("Revision 5", new() { Exact = true })).ToHaveCountAsync(0);

        await grid.GetByRole(AriaRole.Button, new() { Name = "Next page" }).ClickAsync();
        await Expect(Changes(grid, 5).GetByRole(AriaRole.Row, new() { Name = "Summary Summary 4 Summary 5" })).ToBeVisibleAsync();
        await Expect(Changes(grid, 2)).ToBeVisibleAsync();
        await Expect(grid.GetByText("Revision 1", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(grid.GetByText("Revision 30", new() { Exact = true })).ToHaveCountAsync(0);
    }

    private static ILocator Changes(ILocator grid, int number) => grid.GetByRole(AriaRole.Table, new() { Name = $"Changes in revision {number}", Exact = true });
}
