using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TimelineApp.Accounts;
using TimelineApp.Editing;
using TimelineApp.Editing.SourceForms;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Editing;
using TimelineApp.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TimelineApp.Tests.Browser;

/// <summary>A reviewer's open article page does not accept text another editor saved after it opened; it shows what changed.</summary>
public class SourceAcceptBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Reviewer_is_shown_what_changed_instead_of_accepting_it_unseen()
    {
        await TestUsers.EnsureBothAsync(fx.Server.Services);
        var editor = fx.Server.Services.GetRequiredService<SourceEditor>();
        var review = fx.Server.Services.GetRequiredService<SourceReview>();
        var added = await editor.SaveAsync(new SourceForm
        {
            Outlet = "Example Wire", Author = "unknown", Headline = "Headline the reviewer reads", PublishedDate = "17 Feb 2015",
            Language = "en", Text = "Something happened in Derna on Monday.",
        }, EditingKit.AnEditor);
        var id = added.EventId!.Value;

        var page = await fx.NewPageAsync();
        await page.SignInAsync(TestUsers.ReviewerEmail);
        await page.GotoAsync($"/edit/sources/{id}");
        await Expect(page.GetByLabel("Headline")).ToBeEnabledAsync(); // the page is interactive

        var other = (await review.LoadForEditingAsync(id))!;
        other.Headline = "Headline nobody reviewed";
        Assert.Equal(EditOutcome.Saved, (await editor.SaveAsync(other, EditingKit.Person("ed2@example.org", Roles.Editor))).Outcome);

        await page.GetByRole(AriaRole.Button, new() { Name = "Accept this article" }).ClickAsync();
        await Expect(page.GetByText("Not accepted: ed2@example.org changed this article after you opened it")).ToBeVisibleAsync();
        var changes = page.GetByRole(AriaRole.Table, new() { Name = "Changed since you opened this page" });
        await Expect(changes.GetByRole(AriaRole.Row, new() { Name = "Headline" })).ToContainTextAsync("Headline nobody reviewed");

        await page.GetByRole(AriaRole.Button, new() { Name = "Accept this article" }).ClickAsync();
        await Expect(page.GetByText("Article accepted; readers can see it.")).ToBeVisibleAsync();
    }
}
