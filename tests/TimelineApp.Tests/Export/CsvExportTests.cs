using System.Text;
using TimelineApp.Editing.Csv;

namespace TimelineApp.Tests.Export;

public class CsvExportTests(ExportFixture fx) : IClassFixture<ExportFixture>
{
    /// <summary>The public export, read back by the import's own reader.</summary>
    private async Task<(string Raw, IReadOnlyList<EventCsvRow> Rows)> ExportAsync(string query = "")
    {
        var response = await fx.GetAsync("/export/events.csv" + query);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var raw = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        var read = EventCsvReader.Read(new StringReader(raw));
        Assert.Empty(read.Problems);
        Assert.Empty(read.Notes);
        return (raw, read.Rows);
    }

    [Fact]
    public async Task Should_have_the_editors_columns_and_a_row_per_event()
    {
        var (raw, rows) = await ExportAsync();
        Assert.Equal(string.Join(",", EventCsvColumns.All), raw[..raw.IndexOf("\r\n", StringComparison.Ordinal)]);
        Assert.Equal(await fx.PublishedCountAsync(), rows.Count);
    }

    [Fact]
    public async Task Should_read_back_into_the_same_values()
    {
        var (_, rows) = await ExportAsync("?type=airstrike");
        Assert.All(rows, r => Assert.Equal("airstrike", r["event_type"]));
        var derna = rows.Single(r => r["title"] == "Egyptian airstrikes on Islamic State targets in Derna");
        Assert.Equal(("2015-02-16", "", "day", "false"), (derna["start_date"], derna["end_date"], derna["date_precision"], derna["approximate"]));
        Assert.Equal(("Derna", "LY", "32.7673", "22.6367", "town"), (derna["place"], derna["country"], derna["latitude"], derna["longitude"], derna["geo_precision"]));
        Assert.Equal(("3", "50"), (derna["killed_min"], derna["killed_max"]));
        Assert.Contains(("Islamic State (ISIS)", "target"), EventCsvLists.Split(derna["actors"]).Select(EventCsvLists.ParseActor));
        Assert.Contains("civilian-casualties", EventCsvLists.Split(derna["tags"]));
        Assert.Equal("published", derna["status"]);
        Assert.Equal("month", rows.Single(r => r["start_date"] == "2014-08")["date_precision"]);
    }

    [Fact]
    public async Task Should_name_cited_articles_without_a_url_by_their_key()
    {
        var (_, rows) = await ExportAsync();
        var derna = rows.Single(r => r["title"] == "Egyptian airstrikes on Islamic State targets in Derna");
        Assert.Contains("vice-news-2015-02-17", EventCsvLists.Split(derna["source_urls"]));
        Assert.Contains(rows, r => EventCsvLists.Split(r["source_urls"]).Contains("blog-2015-02-21"));
    }

    [Fact]
    public async Task Should_keep_spreadsheets_from_running_a_title_as_a_formula()
    {
        await using (var db = fx.Factory.CreateDb()) await ExportTestData.AddEventAsync(db, "=HYPERLINK(\"http://evil.example\")", "election");
        var (raw, rows) = await ExportAsync("?type=election");
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"", raw);
        Assert.Contains(rows, r => r["title"] == "=HYPERLINK(\"http://evil.example\")");
    }
}
