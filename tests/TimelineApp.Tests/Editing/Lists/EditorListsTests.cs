using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Accounts;
using TimelineApp.Editing;
using TimelineApp.Editing.Lists;
using TimelineApp.Editing.SourceForms;
using TimelineApp.Editing.Types;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Editing.Lists;

/// <summary>The editors' lists page, sort and filter in the database; bad values give the default, never an error.</summary>
public class EditorListsTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    private readonly EditingKit _kit = new(factory);
    private T Service<T>() where T : notnull => factory.Services.GetRequiredService<T>();

    /// <summary>The database's own order of the published titles, asked for directly.</summary>
    private async Task<List<string>> PublishedTitlesAsync()
    {
        await using var db = await _kit.Db.CreateDbContextAsync();
        return await db.Events.Where(e => e.Status == TimelineApp.Data.EventStatus.Published).OrderBy(e => e.Title).ThenBy(e => e.Id)
            .Select(e => e.Title).ToListAsync();
    }

    [Theory]
    [InlineData(7, 25)]
    [InlineData(-1, 25)]
    [InlineData(1_000_000, 25)]
    [InlineData(10, 10)]
    [InlineData(100, 100)]
    public void Should_allow_only_the_offered_page_sizes(int asked, int given) =>
        Assert.Equal(given, new ListRequest(0, asked, null, false, null).Normalised().PageSize);

    [Fact]
    public void Should_bound_and_trim_the_filter_and_never_give_a_negative_page()
    {
        var r = new ListRequest(-5, 25, null, false, "  " + new string('x', 500) + "  ").Normalised();
        Assert.Equal(0, r.Page);
        Assert.Equal(ListRequest.MaxFilterLength, r.Filter!.Length);
        Assert.Null(new ListRequest(0, 25, null, false, "   ").Normalised().Filter);
    }

    [Fact]
    public async Task Should_sort_by_a_known_column_in_the_database_and_page_without_overlap()
    {
        var all = await PublishedTitlesAsync();
        var first = await Service<EditorDashboard>().PageAsync(DashboardView.Published, new ListRequest(0, 10, "Event.Title", false, null));
        var second = await Service<EditorDashboard>().PageAsync(DashboardView.Published, new ListRequest(1, 10, "Event.Title", false, null));
        Assert.Equal(all.Count, first.TotalItems);
        Assert.Equal(all.Take(10), first.Items.Select(x => x.Event.Title));
        Assert.Equal(all.Skip(10).Take(10), second.Items.Select(x => x.Event.Title));
        var descending = await Service<EditorDashboard>().PageAsync(DashboardView.Published, new ListRequest(0, 10, "Event.Title", true, null));
        Assert.Equal(Enumerable.Reverse(all).First(), descending.Items.First().Event.Title);
    }

    [Theory]
    [InlineData("Summary")]
    [InlineData("Event.Title; DROP TABLE Events")]
    [InlineData("")]
    [InlineData(null)]
    public async Task Should_fall_back_to_the_newest_change_first_for_an_unknown_sort_column(string? column)
    {
        var page = await Service<EditorDashboard>().PageAsync(DashboardView.Published, new ListRequest(0, 100, column, false, null));
        var times = page.Items.Select(x => x.At).ToList();
        Assert.True(times.Count > 1);
        Assert.Equal(times.OrderByDescending(t => t), times);
    }

    [Fact]
    public async Task Should_give_the_last_page_for_a_page_past_the_end()
    {
        var page = await Service<EditorDashboard>().PageAsync(DashboardView.Published, new ListRequest(10_000, 10, null, false, null));
        Assert.NotEmpty(page.Items);
        Assert.Equal((page.TotalItems - 1) % 10 + 1, page.Items.Count());
    }

    [Fact]
    public async Task Should_filter_titles_ignoring_case_and_count_only_the_matches()
    {
        var id = (await _kit.Editor.SaveAsync(_kit.NewForm("Quokka sighting near Derna"), EditingKit.AnEditor)).EventId!.Value;
        var page = await Service<EditorDashboard>().PageAsync(DashboardView.All, new ListRequest(0, 25, null, false, "qUOKKA"));
        Assert.Equal(1, page.TotalItems);
        Assert.Equal(id, page.Items.Single().Event.Id);
        Assert.Equal(0, (await Service<EditorDashboard>().PageAsync(DashboardView.Published, new ListRequest(0, 25, null, false, "quokka"))).TotalItems);
        Assert.Contains(id, (await Service<EditorDashboard>().PageAsync(DashboardView.Drafts, new ListRequest(0, 100, null, false, null))).Items.Select(x => x.Event.Id));
    }

    [Fact]
    public async Task Should_list_a_pending_change_with_who_proposed_it_and_count_each_view()
    {
        var id = await _kit.CreatePublishedAsync("Pending change on the dashboard");
        var proposal = (await _kit.Loader.LoadAsync(id))!.Form.With(f => f.Summary = "An editor's new summary of what happened that day.");
        Assert.Equal(EditOutcome.Proposed, (await _kit.Editor.SaveAsync(proposal, EditingKit.AnEditor)).Outcome);
        var pending = await Service<EditorDashboard>().PageAsync(DashboardView.PendingChanges, new ListRequest(0, 100, null, false, "pending change"));
        var item = Assert.Single(pending.Items);
        Assert.Equal((id, "ed@example.org"), (item.Event.Id, item.By));
        var counts = await Service<EditorDashboard>().CountsAsync();
        Assert.Equal(counts[DashboardView.Drafts] + counts[DashboardView.InReview] + counts[DashboardView.Published] + counts[DashboardView.Archived], counts[DashboardView.All]);
    }

    [Fact]
    public async Task Should_page_and_filter_source_articles_by_headline_or_outlet()
    {
        var byOutlet = await Service<SourceList>().PageAsync(archived: false, new ListRequest(0, 25, "Outlet", false, "vice"));
        Assert.NotEmpty(byOutlet.Items);
        Assert.All(byOutlet.Items, a => Assert.Contains("vice", (a.Outlet + " " + a.Headline).ToLowerInvariant()));
        var newestFirst = (await Service<SourceList>().PageAsync(false, new ListRequest(0, 100, "nonsense", false, null))).Items.Select(a => a.Published).ToList();
        Assert.Equal(newestFirst.OrderByDescending(d => d), newestFirst);
    }

    [Fact]
    public async Task Should_list_event_types_with_their_event_counts_and_archived_ones_last()
    {
        var page = await Service<TypeList>().PageAsync(new ListRequest(0, 100, null, false, null));
        await using var db = await _kit.Db.CreateDbContextAsync();
        var airstrike = page.Items.Single(r => r.Type.Id == "airstrike");
        Assert.Equal(await db.Events.CountAsync(e => e.TypeId == "airstrike"), airstrike.EventCount);
        Assert.Equal(page.Items.OrderBy(r => r.Type.IsArchived).Select(r => r.Type.Id), page.Items.Select(r => r.Type.Id));
        Assert.Equal(["airstrike"], (await Service<TypeList>().PageAsync(new ListRequest(0, 25, null, false, "AIRSTRIKE"))).Items.Select(r => r.Type.Id));
    }

    [Fact]
    public async Task Should_list_users_with_their_roles_and_filter_by_email()
    {
        await TestUsers.EnsureBothAsync(factory.Services);
        var page = await Service<UserList>().PageAsync(new ListRequest(0, 25, "Email", true, TestUsers.ReviewerEmail.ToUpperInvariant()));
        var reviewer = Assert.Single(page.Items);
        Assert.Equal([Roles.Reviewer], reviewer.Roles);
        Assert.False(reviewer.Disabled);
    }
}
