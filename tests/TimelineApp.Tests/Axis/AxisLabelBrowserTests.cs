using System.Text.Json;
using Microsoft.Playwright;
using TimelineApp.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TimelineApp.Tests.Axis;

/// <summary>
/// Titles beside the axis's marks and the lanes' counts, in real Chromium on the seeded events: titles are drawn where
/// there is room, never overlap one another or a mark, fewer as the window widens over a dense lane; a lane counts exactly the events
/// of the window, as the status line does.
/// </summary>
public class AxisLabelBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private async Task<IPage> OpenAsync(string path, int width = 1280)
    {
        var page = await fx.NewPageAsync(width, 900);
        await page.GotoAsync(path);
        await page.WaitForSelectorAsync("[data-axis][data-loaded='true']:not([aria-busy])");
        return page;
    }

    /// <summary>How many titles are drawn, and every pair of boxes (titles with titles, titles with marks) that overlap or a title outside the chart.</summary>
    private static async Task<(int Labels, int Marks, string[] Problems)> LayoutAsync(IPage page)
    {
        var result = await page.EvaluateAsync<JsonElement>("""
            () => {
              const chart = document.querySelector('.axis-chart').getBoundingClientRect();
              const box = n => n.getBoundingClientRect();
              const labels = [...document.querySelectorAll('text.axis-label')].map(t => ({ name: t.textContent, b: box(t) }));
              const marks = [...document.querySelectorAll('a.axis-mark circle, a.axis-mark rect:not(.hatch)')].map(m => ({ name: m.closest('a').dataset.slug, b: box(m) }));
              const hit = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
              const problems = [];
              labels.forEach((l, i) => {
                if (l.b.left < chart.left || l.b.right > chart.right) problems.push(`"${l.name}" sticks out of the chart`);
                labels.slice(i + 1).forEach(o => { if (hit(l.b, o.b)) problems.push(`"${l.name}" overlaps "${o.name}"`); });
                // A title drawn inside its own bar is meant to be there.
                marks.forEach(m => { if (hit(l.b, m.b) && !(m.b.left <= l.b.left && m.b.right >= l.b.right)) problems.push(`"${l.name}" overlaps the mark ${m.name}`); });
              });
              const inView = marks.filter(m => m.b.right > chart.left && m.b.left < chart.right).length;
              return { labels: labels.length, inView, problems };
            }
            """);
        return (result.GetProperty("labels").GetInt32(), result.GetProperty("inView").GetInt32(), result.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToArray());
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Titles_are_drawn_beside_marks_never_overlapping_at_every_zoom(int width)
    {
        foreach (var window in new[] { "from=2015-02-14&to=2015-02-22", "from=2015-02-01&to=2015-02-28", "from=2014-09-01&to=2015-03-31", "" })
        {
            var page = await OpenAsync("/?view=axis&" + window, width);
            var (labels, _, problems) = await LayoutAsync(page);
            Assert.True(problems.Length == 0, $"{window} at {width} px:\n{string.Join("\n", problems)}");
            Assert.True(labels >= 3, $"{window} at {width} px: {labels} titles drawn");
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_wider_the_window_the_fewer_titles_and_still_none_overlapping(int width)
    {
        await AddDenseLaneAsync();
        var shares = new List<(int Labels, int Marks)>();
        foreach (var window in new[] { "from=2016-03-08&to=2016-03-14", "from=2016-03-01&to=2016-03-31", "from=2016-01-01&to=2016-06-30", "from=2015-06-01&to=2016-12-31" })
        {
            var page = await OpenAsync("/?view=axis&type=armed-clash&" + window, width);
            var (labels, marks, problems) = await LayoutAsync(page);
            Assert.True(problems.Length == 0, $"{window} at {width} px:\n{string.Join("\n", problems)}");
            shares.Add((labels, marks));
            await page.Context.CloseAsync();
        }
        // The share of the marks in view that carry a title.
        var share = shares.Select(s => (double)s.Labels / s.Marks).ToList();
        var trend = $"titles of marks in view, narrowest window first: {string.Join(", ", shares.Select(s => $"{s.Labels}/{s.Marks}"))}";
        Assert.True(shares[0].Labels >= 4 && shares.All(s => s.Marks >= 7), trend);
        Assert.True(share.Zip(share.Skip(1)).All(p => p.Second <= p.First + 1e-9) && share[^1] < share[0], trend);
    }

    /// <summary>Forty clashes, one a day from 1 March 2016: dense enough that a wide window cannot label them all.</summary>
    private async Task AddDenseLaneAsync()
    {
        await using var db = fx.Server.CreateDb();
        if (db.Events.Any(e => e.Slug.StartsWith("dense-clash-"))) return;
        for (var day = 0; day < 40; day++)
        {
            var date = new NodaTime.LocalDate(2016, 3, 1).PlusDays(day);
            db.Events.Add(new TimelineApp.Data.Event
            {
                Slug = $"dense-clash-{day}", Title = $"Clash on the coast road near the port, day {day + 1}", Summary = "", TypeId = "armed-clash",
                CreatedBy = "test", UpdatedBy = "test", Status = TimelineApp.Data.EventStatus.Published,
                Dates = new TimelineApp.Dates.DateSpan(TimelineApp.Dates.PartialDate.Day(date.Year, date.Month, date.Day), null, false),
            });
        }
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task A_title_cut_short_shows_in_full_on_hover_and_focus()
    {
        var page = await OpenAsync("/?view=axis&from=2015-02-01&to=2015-02-28");
        var cut = page.Locator("text.axis-label", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("…$") }).First;
        await Expect(cut).ToBeVisibleAsync();
        var start = (await cut.TextContentAsync())!.TrimEnd('…');
        await cut.HoverAsync();
        var tip = page.GetByRole(AriaRole.Tooltip);
        await Expect(tip).ToBeVisibleAsync();
        var full = await tip.Locator("strong").TextContentAsync();
        Assert.StartsWith(start, full);
        Assert.True(full!.Length > start.Length, $"the tooltip shows \"{full}\" for \"{start}…\"");
        await page.Mouse.MoveAsync(0, 0);
        await page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(full) + ", ") }).First.FocusAsync();
        await Expect(tip.Locator("strong")).ToHaveTextAsync(full);
    }

    [Fact]
    public async Task Lane_counts_add_up_to_the_events_in_view_and_every_counted_lane_draws_its_marks()
    {
        // The window of the report: the fetched answer also holds half a window either side, where three 2014
        // events ("Other") used to be counted in a lane that drew nothing in view.
        var page = await OpenAsync("/?view=axis&from=2015-01-09&to=2015-02-22");
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("14 in view");
        var lanes = await page.EvaluateAsync<JsonElement>("""
            () => {
              const chart = document.querySelector('.axis-chart').getBoundingClientRect();
              return [...document.querySelectorAll('.lane-label')].map((t, i) => {
                const lane = document.querySelectorAll('g.lane')[i];
                const shown = [...lane.querySelectorAll('a.axis-mark')].filter(a => { const b = a.getBoundingClientRect(); return b.right > chart.left && b.left < chart.right; });
                return { label: t.textContent, drawn: shown.length };
              });
            }
            """);
        var counted = lanes.EnumerateArray().Select(l => (Label: l.GetProperty("label").GetString()!, Drawn: l.GetProperty("drawn").GetInt32())).ToList();
        Assert.DoesNotContain(counted, l => l.Label.StartsWith("Other", StringComparison.Ordinal));
        Assert.All(counted, l => Assert.Equal(int.Parse(l.Label[(l.Label.LastIndexOf('·') + 1)..].Trim(), System.Globalization.CultureInfo.InvariantCulture), l.Drawn));
        Assert.Equal(14, counted.Sum(l => l.Drawn));
    }
}
