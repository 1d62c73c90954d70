using System.Net;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;
using TimelineApp.Editing;
using TimelineApp.Editing.Csv;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Editing.Csv;

public class EventCsvImportTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    private readonly EditingKit _kit = new(factory);
    private EventCsvImporter Importer => _kit.Importer;

    private async Task<string> ExportAsync()
    {
        using var bytes = new MemoryStream();
        await CsvEndpoints.WriteAllAsync(_kit.Db, bytes);
        return System.Text.Encoding.UTF8.GetString(bytes.ToArray());
    }

    private Task<ImportReport> ImportAsync(string csv, System.Security.Claims.ClaimsPrincipal? who = null, ImportOptions? options = null) =>
        Importer.ImportAsync(new StringReader(csv), who ?? EditingKit.AnEditor, options ?? new ImportOptions(FileName: "test.csv"));

    private const string Header = "id,title,summary,start_date,end_date,date_precision,approximate,event_type,place,country,latitude,longitude,geo_precision,actors,killed_min,killed_max,injured,source_urls,tags,status";

    [Fact]
    public async Task Should_round_trip_an_export_without_any_change()
    {
        var before = await ExportAsync();
        var report = await ImportAsync(before, EditingKit.AReviewer, new ImportOptions(KeepStatuses: true));
        Assert.Empty(report.Problems);
        Assert.Equal((0, 0, 0), (report.Created, report.Updated, report.Proposed));
        Assert.True(report.Unchanged >= 24);
        Assert.Equal(before, await ExportAsync());
    }

    [Fact]
    public async Task Should_import_new_rows_as_drafts_that_export_back_the_same()
    {
        const string row = ",\"=Egypt, a \"\"coalition\"\" call\",Sisi asks for a UN resolution.,2015-02,,month,true,un-appeal,Cairo,EG,30.0444,31.2357,town,Abdel Fattah el-Sisi [speaker],,,,vice-news-2015-02-17,coalition; egypt,published";
        var report = await ImportAsync(Header + "\r\n" + row + "\r\n");
        Assert.Empty(report.Problems);
        Assert.Equal(1, report.Created);

        var exported = (await ExportAsync()).Split("\r\n").Single(l => l.Contains("coalition\"\" call", StringComparison.Ordinal));
        var id = exported[..exported.IndexOf(',')];
        Assert.Equal(id + row[..^"published".Length] + "draft", exported.Replace("\"'=Egypt", "\"=Egypt"));
        await using var db = await _kit.Db.CreateDbContextAsync();
        var e = await db.Events.SingleAsync(x => x.Id == int.Parse(id));
        Assert.Equal((EventStatus.Draft, "=Egypt, a \"coalition\" call"), (e.Status, e.Title));
        Assert.Equal("imported", (await db.Revisions.SingleAsync(r => r.EventId == e.Id)).Kind);
    }

    [Fact]
    public async Task Should_write_nothing_and_report_every_problem_by_row_and_column()
    {
        await using var db = await _kit.Db.CreateDbContextAsync();
        var count = await db.Events.CountAsync();
        var csv = string.Join("\r\n", Header,
            ",Fine row,Valid.,2015-02-16,,day,false,airstrike,,,,,,,,,,vice-news-2015-02-17,,",
            ",Bad dates,Ends first.,2015-02-16,2015-02-10,day,false,airstrike,,,,,,,,,,,,",
            ",Bad place,Too far north.,2015-02-16,,day,false,massacre,Nowhere,LY,100,22,town,,,,,,,",
            ",Bad figures,Min above max.,2015-02-16,,day,false,bombing,,,,,,,50,10,,vice-news-2015-02-17,,",
            "9999999,,Missing title.,2099-01-01,,,,bombing,,,,,,,,,,,,");
        var report = await ImportAsync(csv);
        Assert.False(report.Written);
        Assert.Equal(count, await db.Events.CountAsync());
        var found = report.Problems.Select(p => (p.Row, p.Column)).ToList();
        Assert.Contains((3, "end_date"), found);
        Assert.Contains((4, "latitude"), found);
        Assert.Contains((4, "event_type"), found);
        Assert.Contains((5, "killed_max"), found);
        Assert.Contains((6, "id"), found);
        Assert.DoesNotContain(found, f => f.Row == 2);
        Assert.Equal("row 3, column end_date: the end (10 Feb 2015) is before the start (16 Feb 2015)", report.Problems.First(p => p.Row == 3).ToString());
    }

    [Fact]
    public async Task Should_reject_a_file_without_the_required_columns()
    {
        var report = await ImportAsync("name,date\r\nx,2015\r\n");
        Assert.Contains(report.Problems, p => p is { Row: 1, Column: "title" });
        Assert.Contains(report.Problems, p => p is { Row: 1, Column: "event_type" });
    }

    [Fact]
    public async Task Should_hold_an_editors_change_to_a_published_event_for_review()
    {
        var id = await _kit.CreatePublishedAsync("Published before the import");
        var line = (await ExportAsync()).Split("\r\n").Single(l => l.StartsWith(id + ",", StringComparison.Ordinal));
        var report = await ImportAsync(Header + "\r\n" + line.Replace("Published before the import", "Changed by the import"));
        Assert.Equal(1, report.Proposed);
        Assert.Equal("Published before the import", (await _kit.ReadAsync(id)).Title);
        Assert.Equal("Changed by the import", (await _kit.Loader.LoadAsync(id))!.Form.Title);
    }

    [Fact]
    public async Task Should_let_a_reviewer_keep_statuses_but_not_publish_an_event_without_quotes()
    {
        var csv = Header + "\r\n,Published straight away,No quote yet.,2015-02-16,,day,false,airstrike,,,,,,,,,,vice-news-2015-02-17,,published\r\n";
        var report = await ImportAsync(csv, EditingKit.AReviewer, new ImportOptions(KeepStatuses: true));
        var problem = Assert.Single(report.Problems);
        Assert.Equal("source_urls", problem.Column);
        Assert.Contains("import it as a draft and add the quote in the form", problem.Problem);
    }

    [Fact]
    public async Task Should_export_drafts_too_to_a_signed_in_editor()
    {
        var draft = await _kit.Editor.SaveAsync(_kit.NewForm("A draft in the editors' export"), EditingKit.AnEditor);
        await TestUsers.EnsureAsync(factory.Services, TestUsers.EditorEmail, TimelineApp.Accounts.Roles.Editor);
        var client = factory.Client();
        await client.SignInOrFailAsync(TestUsers.EditorEmail);
        var read = EventCsvReader.Read(new StringReader(await client.GetStringAsync("/edit/events.csv")));
        Assert.Empty(read.Problems);
        var row = read.Rows.Single(r => r["id"] == draft.EventId.ToString());
        Assert.Equal(("A draft in the editors' export", "draft", "vice-news-2015-02-17"), (row["title"], row["status"], row["source_urls"]));
    }

    [Fact]
    public async Task Should_refuse_anonymous_imports_and_exports()
    {
        Assert.True((await ImportAsync(Header + "\r\n", EditingKit.Anonymous)).Denied);
        var response = await factory.Client().GetAsync("/edit/events.csv");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery);
    }
}
