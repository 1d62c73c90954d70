using System.Text;
using CsvHelper;
using TimelineApp.Export;

namespace TimelineApp.Tests.Export;

public class CsvExportTests(ExportFixture fx) : IClassFixture<ExportFixture>
{
    private async Task<(string Raw, List<EventCsvRow> Rows)> ExportAsync(string query = "")
    {
        var response = await fx.GetAsync("/export/events.csv" + query);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var reader = CsvReader.Create(bytes, EventCsvFormat.ReaderOptions);
        return (Encoding.UTF8.GetString(bytes), reader.GetRecords<EventCsvRow>().ToList());
    }

    [Fact]
    public async Task Should_have_the_editors_columns_and_a_row_per_event()
    {
        var (raw, rows) = await ExportAsync();
        Assert.Equal(string.Join(",", EventCsvFormat.Columns), raw[..raw.IndexOf("\r\n", StringComparison.Ordinal)]);
        Assert.Equal(await fx.PublishedCountAsync(), rows.Count);
    }

    [Fact]
    public async Task Should_read_back_into_the_same_values()
    {
        var (_, rows) = await ExportAsync("?type=airstrike");
        Assert.All(rows, r => Assert.Equal("airstrike", r.EventType));
        var derna = rows.Single(r => r.Title == "Egyptian airstrikes on Islamic State targets in Derna");
        Assert.Equal(("2015-02-16", null, "day", false), (derna.StartDate, derna.EndDate, derna.DatePrecision, derna.Approximate));
        Assert.Equal(("Derna", "LY", 32.7673, 22.6367, "town"), (derna.Place, derna.Country, derna.Latitude, derna.Longitude, derna.GeoPrecision));
        Assert.Equal((3, 50), (derna.KilledMin, derna.KilledMax));
        var actors = EventCsvFormat.SplitList(derna.Actors).Select(EventCsvFormat.ParseActor).ToList();
        Assert.Contains(("Islamic State (ISIS)", "target"), actors);
        Assert.Contains("civilian-casualties", EventCsvFormat.SplitList(derna.Tags));
        Assert.Equal("published", derna.Status);
        var month = rows.Single(r => r.StartDate == "2014-08");
        Assert.Equal("month", month.DatePrecision);
    }

    [Fact]
    public async Task Should_keep_spreadsheets_from_running_a_title_as_a_formula()
    {
        await using (var db = fx.Factory.CreateDb()) await ExportTestData.AddEventAsync(db, "=HYPERLINK(\"http://evil.example\")", "election");
        var (raw, rows) = await ExportAsync("?type=election");
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"", raw);
        Assert.Contains(rows, r => EventCsvFormat.Unguard(r.Title) == "=HYPERLINK(\"http://evil.example\")");
    }
}
