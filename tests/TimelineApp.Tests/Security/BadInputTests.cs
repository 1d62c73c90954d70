using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Editing;
using TimelineApp.Editing.Csv;
using TimelineApp.Editing.SourceForms;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Editing;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Security;

/// <summary>Over-long, impossible and malformed input through the editors' services and the CSV import: a message naming the field, nothing written.</summary>
public class BadInputTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    private readonly EditingKit _kit = new(factory);

    public static TheoryData<string, string, string> BadEvents => new()
    {
        { "title", new string('T', 201), "at most 200" },
        { "summary", new string('S', 4001), "at most 4000" },
        { "quote", new string('Q', 2001), "at most 2000" },
        { "place name", new string('P', 201), "at most 200" },
        { "actor name", new string('A', 201), "at most 200" },
        { "tags", new string('t', 61), "too long" },
        { "tags", string.Join(',', Enumerable.Range(1, 21).Select(i => $"tag{i}")), "at most 20" },
        { "start", "31 Feb 2015", "is not a date" },
        { "start", "2015-13-01", "is not a date" },
        { "start", "yesterday", "is not a date" },
        { "start", "16 Feb 2999", "in the future" },
        { "end", "1 Jan 2015", "before the start" },
        { "latitude", "91", "outside" },
        { "latitude", "NaN", "outside" },
        { "longitude", "-Infinity", "outside" },
        { "longitude", "180.0001", "outside" },
        { "country", "LBY", "two-letter country code" },
        { "time", "25:61", "time" },
        { "time zone", "Mars/Olympus", "time zone" },
    };

    [Theory]
    [MemberData(nameof(BadEvents))]
    public async Task The_editor_refuses_a_bad_field_with_a_message_naming_it_and_writes_nothing(string field, string value, string message)
    {
        var form = _kit.NewForm("Bad input " + Guid.NewGuid());
        switch (field)
        {
            case "title": form.Title = value; break;
            case "summary": form.Summary = value; break;
            case "quote": form.Citations[0].Quote = value; break;
            case "place name": form.Place.Name = value; break;
            case "actor name": form.Actors[0].Name = value; break;
            case "tags": form.Tags = value; break;
            case "start": form.Start = value; break;
            case "end": form.End = value; break;
            case "latitude": form.Place.Latitude = double.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
            case "longitude": form.Place.Longitude = double.Parse(value, System.Globalization.CultureInfo.InvariantCulture); break;
            case "country": form.Place.Country = value; break;
            case "time": (form.Time, form.TimeZone) = (value, "Africa/Tripoli"); break;
            case "time zone": (form.Time, form.TimeZone) = ("14:30", value); break;
        }
        await using var db = factory.CreateDb();
        var before = await db.Events.CountAsync();
        var result = await _kit.Editor.SaveAsync(form, EditingKit.AnEditor);
        Assert.Equal(EditOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Errors!, e => e.Message.Contains(message, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(before, await db.Events.CountAsync());
    }

    [Theory]
    [InlineData("Headline", "401", "at most 400")]
    [InlineData("Url", "javascript:alert(1)", "http:// or https://")]
    [InlineData("PublishedDate", "32 Jan 2015", "is not a day")]
    [InlineData("Language", "english; drop table", "language code")]
    [InlineData("Text", "1000001", "at most 1000000")]
    public async Task The_source_editor_refuses_a_bad_field_with_a_message(string field, string value, string message)
    {
        var form = new SourceForm { Outlet = "Outlet", Author = "unknown", Headline = "Headline", PublishedDate = "17 Feb 2015", Language = "en", Text = "Text." };
        typeof(SourceForm).GetProperty(field)!.SetValue(form, int.TryParse(value, out var length) ? new string('x', length) : value);
        var result = await new SourceEditor(_kit.Db, _kit.Clock).SaveAsync(form, EditingKit.AnEditor);
        Assert.Equal(EditOutcome.Invalid, result.Outcome);
        Assert.Contains(result.Errors!, e => e.Field == field && e.Message.Contains(message, StringComparison.OrdinalIgnoreCase));
    }

    private const string Header = "title,summary,start_date,event_type,latitude,longitude,place,country";

    public static TheoryData<string, string, string> BadCsv => new()
    {
        { "wrong header", "name,when,what\r\nDerna,2015,airstrike\r\n", "title" },
        { "unclosed quote", Header + "\r\n\"Unclosed,Summary.,2015-02-16,airstrike,,,,\r\n", "" },
        { "binary junk", "\u0000\u0001\u00ff\ufffd\u0007PK\u0003\u0004" + new string('\u0000', 200), "" },
        { "empty file", "", "" },
        { "too many fields", Header + "\r\nTitle,Summary.,2015-02-16,airstrike,1,2,Derna,LY,extra\r\n", "(row)" },
        { "impossible date", Header + "\r\nTitle,Summary.,2015-02-30,airstrike,,,,\r\n", "start_date" },
        { "not a number", Header + "\r\nTitle,Summary.,2015-02-16,airstrike,NaN,Infinity,Derna,LY\r\n", "latitude" },
        { "over-long title", Header + $"\r\n{new string('T', 201)},Summary.,2015-02-16,airstrike,,,,\r\n", "title" },
    };

    [Theory]
    [MemberData(nameof(BadCsv))]
    public async Task A_malformed_csv_is_reported_by_row_and_column_and_nothing_is_written(string what, string csv, string column)
    {
        await using var db = factory.CreateDb();
        var before = await db.Events.CountAsync();
        var report = await new EventCsvImporter(_kit.Db, _kit.Editor, _kit.Clock).ImportAsync(new StringReader(csv), EditingKit.AnEditor, new ImportOptions(FileName: what));
        Assert.False(report.Written, what);
        Assert.NotEmpty(report.Problems);
        Assert.All(report.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Problem)));
        if (column.Length > 0) Assert.Contains(report.Problems, p => p.Column == column);
        Assert.Equal(before, await db.Events.CountAsync());
    }

    [Fact]
    public async Task An_oversized_json_body_gets_413_with_the_limit_not_a_500()
    {
        var client = factory.Client();
        await TestUsers.EnsureBothAsync(factory.Services);
        await client.SignInOrFailAsync(TestUsers.EditorEmail);
        var token = await AuthorizationMatrixTests.TokenAsync(client);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/edit/events")
        {
            Content = new StringContent($"{{\"title\":\"{new string('x', ScriptedEditingApi.MaxBodyBytes)}\"}}", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("RequestVerificationToken", token);
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("larger than 1024 KB", await response.Content.ReadAsStringAsync());
    }
}
