using System.Xml.Linq;

namespace TimelineApp.Tests.Export;

public class SvgExportTests(ExportFixture fx) : IClassFixture<ExportFixture>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private async Task<(string Raw, XDocument Doc)> ExportAsync(string query = "")
    {
        var response = await fx.GetAsync("/export/events.svg" + query);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        var raw = await response.Content.ReadAsStringAsync();
        return (raw, XDocument.Parse(raw));
    }

    private static List<XElement> WithClass(XDocument doc, string cls) =>
        doc.Descendants().Where(e => (string?)e.Attribute("class") == cls).ToList();

    [Fact]
    public async Task Should_be_well_formed_svg_with_one_mark_per_event_a_legend_title_and_source_line()
    {
        var (_, doc) = await ExportAsync();
        Assert.Equal(Svg + "svg", doc.Root!.Name);
        var count = await fx.PublishedCountAsync();
        Assert.Equal(count, WithClass(doc, "mark").Count);
        Assert.Equal(count, WithClass(doc, "label").Count);
        var typesShown = WithClass(doc, "event").Select(e => e.Descendants(Svg + "title").Single().Value).Count();
        Assert.Equal(count, typesShown);
        Assert.True(WithClass(doc, "legend-item").Count >= 5);
        Assert.True(WithClass(doc, "tick").Count >= 2);
        Assert.Equal("TimelineApp: All events", WithClass(doc, "title").Single().Value);
        Assert.StartsWith($"Source: TimelineApp · {count} events · generated ", WithClass(doc, "source").Single().Value);
    }

    [Fact]
    public async Task Should_draw_only_the_filtered_events_and_describe_the_filter_in_the_title()
    {
        var (_, doc) = await ExportAsync("?type=airstrike&from=2015-02");
        var expected = await fx.PublishedCountAsync(q => q.Where(e => e.TypeId == "airstrike" && e.LastDate >= new NodaTime.LocalDate(2015, 2, 1)));
        Assert.Equal(expected, WithClass(doc, "mark").Count);
        Assert.Single(WithClass(doc, "legend-item"));
        Assert.Equal("TimelineApp: Airstrike · from 1 Feb 2015", WithClass(doc, "title").Single().Value);
    }

    [Fact]
    public async Task Should_escape_html_and_script_in_titles()
    {
        var (raw, doc) = await ExportAsync("?type=bombing");
        Assert.DoesNotContain("<script", raw);
        Assert.DoesNotContain("<b>", raw);
        Assert.Contains(WithClass(doc, "label"), l => l.Value.Contains("<script>alert('x')</script>"));
        Assert.Empty(doc.Descendants(Svg + "script"));
    }

    [Fact]
    public async Task Should_say_so_when_nothing_matches()
    {
        var (_, doc) = await ExportAsync("?q=nosuchwordanywhere");
        Assert.Empty(WithClass(doc, "mark"));
        Assert.Single(WithClass(doc, "empty"));
    }
}
