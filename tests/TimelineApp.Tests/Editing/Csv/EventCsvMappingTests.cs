using TimelineApp.Editing;
using TimelineApp.Editing.Csv;

namespace TimelineApp.Tests.Editing.Csv;

public class EventCsvMappingTests
{
    private static readonly Dictionary<string, int> Articles = new() { ["vice-news-2015-02-17"] = 2, ["https://example.org/a"] = 3 };

    private static EventCsvRow Row(params (string Column, string Value)[] cells) =>
        new(2, cells.ToDictionary(c => c.Column, c => c.Value));

    [Fact]
    public void Should_read_a_new_event_from_every_column()
    {
        var problems = new List<CsvProblem>();
        var form = EventCsvMapping.ToForm(Row(
            ("title", "Bombings in Al-Qubba"), ("summary", "Three bombs."), ("start_date", "2015-02-20"), ("end_date", ""),
            ("date_precision", "day"), ("approximate", "false"), ("event_type", "bombing"), ("place", "Al-Qubba"), ("country", "ly"),
            ("latitude", "32.759"), ("longitude", "22.245"), ("geo_precision", "town"),
            ("actors", "Islamic State (ISIS) [perpetrator]; Libya [target]"), ("killed_min", "40"), ("killed_max", "45"), ("injured", ""),
            ("source_urls", "vice-news-2015-02-17; https://example.org/a"), ("tags", "libya; bombing"), ("status", "published")), null, Articles, problems);

        Assert.Empty(problems);
        Assert.Equal(("Bombings in Al-Qubba", "2015-02-20", "bombing"), (form.Title, form.Start, form.TypeId));
        Assert.Equal(("Al-Qubba", "LY", 32.759, 22.245), (form.Place.Name, form.Place.Country, form.Place.Latitude, form.Place.Longitude));
        Assert.Equal([("Islamic State (ISIS)", "perpetrator"), ("Libya", "target")], form.Actors.Select(a => (a.Name, a.Role)));
        Assert.Equal([2, 3], form.Citations.Select(c => c.ArticleId));
        var claim = Assert.Single(form.Citations[0].Claims);
        Assert.Equal((40, 45, (int?)null), (claim.KilledMin, claim.KilledMax, claim.Injured));
        Assert.Equal("libya, bombing", form.Tags);
    }

    [Fact]
    public void Should_make_a_full_date_coarser_with_date_precision_but_never_finer()
    {
        var problems = new List<CsvProblem>();
        Assert.Equal("2015-02", EventCsvMapping.ToForm(Row(("start_date", "2015-02-16"), ("date_precision", "month")), null, Articles, problems).Start);
        EventCsvMapping.ToForm(Row(("start_date", "2015"), ("date_precision", "day")), null, Articles, problems);
        Assert.Equal(new CsvProblem(2, "date_precision", "'day' is finer than the start date 2015, which gives only the year"), Assert.Single(problems));
    }

    [Fact]
    public void Should_name_the_row_and_column_of_every_unreadable_cell()
    {
        var problems = new List<CsvProblem>();
        EventCsvMapping.ToForm(Row(("start_date", "16/02/2015"), ("latitude", "32,7"), ("actors", "Egypt"), ("killed_min", "-3"),
            ("approximate", "maybe"), ("source_urls", "https://nowhere.example")), null, Articles, problems);
        Assert.Equal(["start_date", "approximate", "latitude", "actors", "source_urls", "killed_min"], problems.Select(p => p.Column));
        Assert.All(problems, p => Assert.Equal(2, p.Row));
        Assert.Contains("needs its role in square brackets, like Egypt [perpetrator]", problems.Single(p => p.Column == "actors").Problem);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")")]
    [InlineData("-3 killed")]
    [InlineData("'=already escaped looking")]
    [InlineData("''=twice")]
    [InlineData("'plain apostrophe")]
    [InlineData("")]
    public void Should_protect_formula_like_text_and_read_it_back_unchanged(string text)
    {
        var protectedText = CsvText.Protect(text);
        Assert.False(protectedText.Length > 0 && "=+-@".Contains(protectedText[0]));
        Assert.Equal(text, CsvText.Unprotect(protectedText));
    }
}
