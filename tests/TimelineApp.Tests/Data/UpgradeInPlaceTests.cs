using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Data;
using TimelineApp.Dates;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Data;

/// <summary>
/// A database made by release 2026-11 (commit e8c1573, .NET 9) opens in this version and keeps everything. The fixture
/// (Fixtures/release-2026-11.db, see docs/migrations.md for how it was made) is that release's fresh database seeded from
/// seeds/, plus two test-only users made with its <c>users add</c>: upgrade.reviewer@example.org (Reviewer, password
/// upgrade-reviewer-pass-1) and upgrade.editor@example.org (Editor, upgrade-editor-pass-1). Through its pages the
/// reviewer published two corrections of event 3 and the editor proposed two changes (the last still pending), and the
/// editor saved a draft (event 25). The test runs on a copy; the committed file is never opened.
/// </summary>
public sealed class UpgradeInPlaceTests : IDisposable
{
    private const string ReviewerEmail = "upgrade.reviewer@example.org";
    private const string ReviewerPassword = "upgrade-reviewer-pass-1";
    private const string EditorEmail = "upgrade.editor@example.org";
    private const string EditorPassword = "upgrade-editor-pass-1";
    private const int EditedEventId = 3;

    private readonly TimelineFactory _factory = new();

    public UpgradeInPlaceTests()
    {
        var fixture = Path.Combine(AppContext.BaseDirectory, "Data", "Fixtures", "release-2026-11.db");
        File.Copy(fixture, _factory.DatabasePath);
    }

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Should_apply_every_migration_and_keep_events_drafts_revisions_and_the_pending_change()
    {
        await using var db = _factory.CreateDb();

        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(25, await db.Events.CountAsync());
        var draft = await db.Events.SingleAsync(e => e.Status == EventStatus.Draft);
        Assert.Equal(("Draft made before the upgrade", 25, EditorEmail), (draft.Title, draft.Id, draft.CreatedBy));
        var edited = await db.Events.SingleAsync(e => e.Id == EditedEventId);
        Assert.Equal((EventStatus.Published, "Revised twice by the reviewer before the upgrade."), (edited.Status, edited.Summary));
        var history = await db.Revisions.Where(r => r.EventId == EditedEventId).OrderBy(r => r.Number)
            .Select(r => new { r.Number, r.Kind, r.By, r.IsPending }).ToListAsync();
        Assert.Equal(["1 created seed False", $"2 edited {ReviewerEmail} False", $"3 proposed {EditorEmail} False",
            $"4 edited {ReviewerEmail} False", $"5 proposed {EditorEmail} True"],
            history.Select(r => $"{r.Number} {r.Kind} {r.By} {r.IsPending}"));
        var pending = await db.Revisions.SingleAsync(r => r.IsPending);
        Assert.Contains("still waiting for review", pending.Snapshot);
        // The upgrade computed the column the release did not have: a one-day event lasts up to a month.
        Assert.Equal(DurationClass.UpToAMonth, draft.DurationClass);
        // and filled the rollup tables from the events it found.
        await Timeline.RollupAssert.MatchesEventsAsync(_factory.CreateDb());
    }

    [Fact]
    public async Task Should_keep_both_users_with_their_roles_and_let_them_sign_in_with_their_passwords()
    {
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            Assert.Equal(["Reviewer"], await users.GetRolesAsync((await users.FindByEmailAsync(ReviewerEmail))!));
            Assert.Equal(["Editor"], await users.GetRolesAsync((await users.FindByEmailAsync(EditorEmail))!));
        }

        foreach (var (email, password) in new[] { (ReviewerEmail, ReviewerPassword), (EditorEmail, EditorPassword) })
        {
            var client = _factory.Client();
            Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync(email, password + "-wrong")).StatusCode);
            var response = await client.SignInAsync(email, password);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{email}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            Assert.Contains($"Signed in as {email}", await client.GetStringAsync("/"));
        }
    }

    [Fact]
    public async Task Should_show_readers_the_published_version_not_the_pending_change()
    {
        var page = await _factory.CreateClient().GetStringAsync("/events/libya-general-election");

        Assert.Contains("Revised twice by the reviewer before the upgrade.", page);
        Assert.DoesNotContain("still waiting for review", page);
    }
}
