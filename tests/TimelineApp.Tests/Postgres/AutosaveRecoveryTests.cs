using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TimelineApp.Testing;
using TimelineApp.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TimelineApp.Tests.Postgres;

/// <summary>An editor's typing survives the instance they typed on: kill -9 A, and B offers the work back.</summary>
public sealed class AutosaveRecoveryTests : IRunsOnPostgres
{
    private const string Title = "Typed on A just before it crashed";
    private const string NoteLabel = "Note for the history (why this change)";
    private const string Note = "Typed last, into a box that never lost focus";

    [Fact]
    public async Task Work_typed_on_instance_A_is_offered_back_on_instance_B_after_A_is_killed_and_can_be_restored_and_saved()
    {
        var database = PostgresCluster.CreateDatabase();
        await using var a = await AppProcess.StartOnPostgresAsync(database);
        await using var b = await AppProcess.StartOnPostgresAsync(database);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserFixture.ChromiumPath, Headless = true, Args = ["--no-sandbox", "--disable-gpu"] });
        var page = await (await browser.NewContextAsync()).NewPageAsync(); // cookies ignore the port: B gets A's sign-in
        page.SetDefaultTimeout(30_000);
        await SignInAsync(page, a.BaseUrl);

        await page.GotoAsync(a.BaseUrl + "/edit/events/new");
        await Expect(page.GetByLabel("Title", new() { Exact = true })).ToBeEnabledAsync(SlowEnabled);
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(Title);
        await page.GetByLabel("Summary").FillAsync("The editor typed this on instance A; A was then killed with SIGKILL.");
        await page.GetByLabel("Type", new() { Exact = true }).SelectOptionAsync("airstrike");
        await page.GetByLabel("Start date").FillAsync("16 Feb 2015");
        await page.GetByLabel("Start date").BlurAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove citation 1" }).ClickAsync();
        // Last, a box bound on "change" that never loses focus: its typing must reach the autosave all the same.
        await page.GetByLabel(NoteLabel).FillAsync(Note);
        await Expect(page.GetByLabel(NoteLabel)).ToBeFocusedAsync();
        await Expect(page.GetByText(new Regex(@"Work in progress kept at \d\d:\d\d UTC"))).ToBeVisibleAsync(Slow);
        // On a loaded machine the first autosave can come before the last edits (it saves 10 s after the first change
        // at the latest); kill A only once the work in progress holds everything typed, as an editor pausing would.
        await WaitForAutosavedAsync(database, "airstrike", "16 Feb 2015", Note);
        await Expect(page.GetByLabel(NoteLabel)).ToBeFocusedAsync();
        await a.KillAsync();

        await page.GotoAsync(b.BaseUrl + "/edit/events/new");
        await Expect(page.GetByLabel("Title", new() { Exact = true })).ToBeEnabledAsync(SlowEnabled);
        await Expect(page.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync("");
        await Expect(page.GetByText(new Regex(@"Unsaved work from \d\d:\d\d UTC"))).ToBeVisibleAsync(Slow);
        await page.GetByRole(AriaRole.Button, new() { Name = "Restore" }).ClickAsync();
        await Expect(page.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync(Title);
        await Expect(page.GetByLabel("Type", new() { Exact = true })).ToHaveValueAsync("airstrike");
        await Expect(page.GetByLabel("Start date")).ToHaveValueAsync("16 Feb 2015");
        await Expect(page.GetByLabel(NoteLabel)).ToHaveValueAsync(Note);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(page.GetByText("Draft created.")).ToBeVisibleAsync(Slow);
        await Expect(page).ToHaveURLAsync(new Regex(@"/edit/events/\d+\?saved=created"));
        await Expect(page.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync(Title);

        // Saved as a revision, the work in progress is superseded: a new form offers nothing.
        await page.GotoAsync(b.BaseUrl + "/edit/events/new");
        await Expect(page.GetByLabel("Title", new() { Exact = true })).ToBeEnabledAsync(SlowEnabled);
        await Expect(page.GetByText("Unsaved work from")).ToHaveCountAsync(0);
    }

    private static async Task WaitForAutosavedAsync(string database, params string[] texts)
    {
        for (var waited = System.Diagnostics.Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromSeconds(60); await Task.Delay(250))
        {
            await using var connection = new Npgsql.NpgsqlConnection(database);
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand("SELECT \"Content\" FROM \"FormDrafts\" WHERE \"RecordKey\" = 'new'", connection);
            if (await command.ExecuteScalarAsync() is string content && texts.All(content.Contains)) return;
        }
        Assert.Fail($"The work in progress never held all of: {string.Join(", ", texts)}");
    }

    // The machine is shared: a first render or an autosave tick can take a while.
    private static readonly LocatorAssertionsToBeVisibleOptions Slow = new() { Timeout = 30_000 };
    private static readonly LocatorAssertionsToBeEnabledOptions SlowEnabled = new() { Timeout = 30_000 };

    private static async Task SignInAsync(IPage page, string baseUrl)
    {
        await page.GotoAsync(baseUrl + "/account/login");
        await page.GetByLabel("Email").FillAsync(AppProcess.AdminEmail);
        await page.GetByLabel("Password").FillAsync(AppProcess.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByText($"Signed in as {AppProcess.AdminEmail}")).ToBeVisibleAsync(Slow);
    }
}
