using CsvHelper;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;
using TimelineApp.Editing.Csv;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Editing.Csv;

/// <summary>The public export read back by the import: nothing a source says may be lost on the way.</summary>
public class CsvRoundTripTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    private readonly EditingKit _kit = new(factory);

    private async Task<List<string>> CitationsAsync()
    {
        await using var db = await _kit.Db.CreateDbContextAsync();
        var citations = await db.Citations.AsNoTracking().Include(c => c.Article).Include(c => c.Claims)
            .Where(c => db.Events.Any(e => e.Id == c.EventId && e.Status == EventStatus.Published)).ToListAsync();
        return citations
            .Select(c => $"{c.EventId}|{c.Article.Key}|{c.Quote}|" + string.Join(",", c.Claims.OrderBy(k => k.Id)
                .Select(k => $"{k.Claimant}/{k.Qualifier}/{k.KilledMin}/{k.KilledMax}/{k.Injured}/{k.Note}")))
            .Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The file with every title changed, so every row is a real update.</summary>
    private static string RetitleEveryRow(string csv)
    {
        var read = EventCsvReader.Read(new StringReader(csv));
        Assert.Empty(read.Problems);
        var text = new StringWriter();
        using (var writer = CsvWriter.Create(text, new CsvWriterOptions { NewLine = "\r\n" }, leaveOpen: true))
        {
            writer.WriteHeader(EventCsvColumns.All.ToArray());
            foreach (var row in read.Rows)
                writer.WriteRecord(EventCsvColumns.All.Select(c => c == EventCsvColumns.Title ? row[c] + " (checked)" : row.Values[c]).ToArray());
        }
        return text.ToString();
    }

    [Fact]
    public async Task Should_keep_every_citation_when_the_public_export_is_imported_as_an_update()
    {
        var before = await CitationsAsync();
        Assert.Contains(before, c => c.Contains("|vice-news-2015-02-17|", StringComparison.Ordinal));
        Assert.Contains(before, c => c.Contains("|blog-2015-02-21|", StringComparison.Ordinal));
        var exported = await factory.Client().GetStringAsync("/export/events.csv");

        var unchanged = await _kit.Importer.ImportAsync(new StringReader(exported), EditingKit.AReviewer, new ImportOptions(KeepStatuses: true));
        Assert.Empty(unchanged.Problems);
        Assert.Equal((0, 0, 0), (unchanged.Created, unchanged.Updated, unchanged.Proposed));
        Assert.True(unchanged.Unchanged >= 20);

        var updated = await _kit.Importer.ImportAsync(new StringReader(RetitleEveryRow(exported)), EditingKit.AReviewer,
            new ImportOptions(KeepStatuses: true, FileName: "published.csv"));
        Assert.Empty(updated.Problems);
        Assert.Equal(unchanged.Unchanged, updated.Updated);
        Assert.Equal(before, await CitationsAsync());
    }
}
