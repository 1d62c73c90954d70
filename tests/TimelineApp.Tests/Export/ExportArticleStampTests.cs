using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Editing;
using TimelineApp.Editing.SourceForms;
using TimelineApp.Export;
using TimelineApp.Tests.Editing;

namespace TimelineApp.Tests.Export;

/// <summary>Exports and embeds name the cited articles' outlets: a reviewer's correction to an article must not be answered with 304.</summary>
public class ExportArticleStampTests
{
    private const string Slug = "egyptian-airstrikes-on-derna";

    // Every export and the data-driven embeds; the outlet itself is written by the JSON, iCalendar and TimelineJS exports.
    private static readonly string[] ShowOutlets = ["/export/events.json", "/export/events.ics", "/export/timelinejs.json"];

    public static readonly TheoryData<string> Urls = new(ExportEndpoints.Formats.Select(f => f.Path + "?type=airstrike")
        .Concat(["/embed/timeline?type=airstrike", $"/embed/event/{Slug}"]));

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Should_change_the_ETag_and_show_the_corrected_outlet_after_a_reviewer_corrects_a_cited_article(string url)
    {
        await using var fx = new ExportFixture();
        await fx.InitializeAsync();
        var before = await fx.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        var etag = before.Headers.ETag!.ToString();
        var (_, newOutlet) = await CorrectCitedOutletAsync(fx);

        var after = await fx.GetAsync(url, ifNoneMatch: etag);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(etag, after.Headers.ETag!.ToString());
        if (ShowOutlets.Any(url.StartsWith)) Assert.Contains(newOutlet, (await after.Content.ReadAsStringAsync()).Replace("\r\n ", "")); // iCalendar folds long lines
    }

    private static async Task<(string Old, string New)> CorrectCitedOutletAsync(ExportFixture fx)
    {
        int articleId;
        await using (var db = fx.Factory.CreateDb())
            articleId = await db.Events.Where(e => e.Slug == Slug).SelectMany(e => e.Citations).Select(c => c.ArticleId).FirstAsync();
        var editor = fx.Factory.Services.GetRequiredService<SourceEditor>();
        var form = (await editor.LoadAsync(articleId))!;
        var old = form.Outlet;
        form.Outlet = "Corrected Outlet Name";
        var saved = await editor.SaveAsync(form, EditingKit.AReviewer);
        Assert.True(saved.Outcome == EditOutcome.Saved, saved.Message);
        return (old, form.Outlet);
    }
}
