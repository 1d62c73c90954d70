using System.Net;
using System.Security.Claims;
using System.Text;
using NodaTime;
using TimelineApp.Dates;
using TimelineApp.Editing;
using TimelineApp.Tests.Editing;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Security;

/// <summary>
/// Dates written with the digits of every script (each Unicode Nd zero): read as the date they stand for by the one
/// parser, on every date parameter and field, and never a 500. Decision: digits are normalised to ASCII, not refused.
/// </summary>
public class UnicodeDigitTests : IClassFixture<UnicodeDigitTests.Factory>
{
    /// <summary>The real app; one client address sends every request here, so its limit is raised.</summary>
    public sealed class Factory : TimelineFactory
    {
        public Factory() => With("RateLimits:ApiPerMinute", "1000000");
    }

    private readonly Factory _factory;
    public UnicodeDigitTests(Factory factory) => _factory = factory;

    private static readonly string[] FilterEndpoints =
    [
        "/", "/map", "/api/events", "/api/map/features", "/export/events.csv", "/export/events.json", "/export/events.geojson",
        "/export/events.ics", "/export/events.svg", "/export/timelinejs.json", "/embed/timeline", "/embed/map",
    ];

    [Fact]
    public void Unicode_has_dozens_of_digit_scripts_and_the_test_sees_them_all()
    {
        Assert.True(ScriptDigits.Zeros.Count >= 60, $"{ScriptDigits.Zeros.Count} scripts");
        Assert.Contains(ScriptDigits.Zeros, z => z.Value == 0x0660); // Arabic-Indic
        Assert.Contains(ScriptDigits.Zeros, z => z.Value == 0xFF10); // full-width
        Assert.Contains(ScriptDigits.Zeros, z => z.Value > 0xFFFF);  // outside the BMP (surrogate pairs)
    }

    [Fact]
    public void The_parser_reads_every_scripts_digits_as_the_date_they_stand_for_and_never_throws()
    {
        foreach (var zero in ScriptDigits.Zeros)
        {
            string In(string s) => ScriptDigits.In(zero, s);
            var name = ScriptDigits.Name(zero);
            Assert.True(PartialDate.TryParse(In("2015-02-16"), out var iso), name);
            Assert.Equal(PartialDate.Day(2015, 2, 16), iso);
            Assert.True(PartialDate.TryParse(In("16 Feb 2015"), out var written), name);
            Assert.Equal(PartialDate.Day(2015, 2, 16), written);
            Assert.Equal(PartialDate.Year(1999), PartialDate.Parse(In("1999")));
            foreach (var bad in new[] { "2015-13", "2015-02-30", "20155", "0000", "99 Feb 2015" })
                Assert.False(PartialDate.TryParse(In(bad), out _), $"{name} {bad}");
        }
        Assert.Equal(PartialDate.Day(2015, 2, 16), PartialDate.Parse("٢٠١٥-0٢-16")); // mixed scripts read digit by digit
        Assert.False(PartialDate.TryParse("2015\uD835", out _));                     // a lone surrogate is no digit
    }

    [Fact]
    public void The_editor_date_fields_accept_every_scripts_digits_and_name_the_field_when_wrong()
    {
        var refs = new EditingReferenceData(new LocalDate(2015, 3, 1), new HashSet<string> { "airstrike" }, new Dictionary<int, string>());
        foreach (var zero in ScriptDigits.Zeros)
        {
            var form = new EventForm { Title = "T", Summary = "S", TypeId = "airstrike", Start = ScriptDigits.In(zero, "16 Feb 2015"), End = ScriptDigits.In(zero, "2015-02-20") };
            var errors = EventFormValidator.Validate(form, refs);
            Assert.DoesNotContain(errors, e => e.Field is nameof(EventForm.Start) or nameof(EventForm.End));
            Assert.Equal(new LocalDate(2015, 2, 20), EventFormValidator.ReadDates(form)!.Value.End!.Value.Start);
            form.Start = ScriptDigits.In(zero, "2015-02-31");
            Assert.Contains(EventFormValidator.Validate(form, refs), e => e.Field == nameof(EventForm.Start) && e.Message.Contains("is not a date"));
        }
    }

    [Fact]
    public async Task Every_filter_endpoint_and_page_reads_every_scripts_dates_and_names_the_parameter_when_wrong()
    {
        var client = _factory.CreateClient();
        var failures = new List<string>();
        foreach (var zero in ScriptDigits.Zeros)
        {
            var from = Uri.EscapeDataString(ScriptDigits.In(zero, "2015-02"));
            var to = Uri.EscapeDataString(ScriptDigits.In(zero, "16 Feb 2016"));
            var bad = Uri.EscapeDataString(ScriptDigits.In(zero, "2015-13"));
            foreach (var path in FilterEndpoints)
            {
                var ok = await client.GetAsync($"{path}?from={from}&to={to}");
                if (ok.StatusCode != HttpStatusCode.OK) failures.Add($"{ScriptDigits.Name(zero)} {path}: {(int)ok.StatusCode}");
                var wrong = await client.GetAsync($"{path}?from={bad}");
                var body = await wrong.Content.ReadAsStringAsync();
                var named = path is "/" or "/map" ? wrong.StatusCode == HttpStatusCode.OK && body.Contains("is not a date")
                    : wrong.StatusCode == HttpStatusCode.BadRequest && body.Contains("from");
                if (!named) failures.Add($"{ScriptDigits.Name(zero)} {path}?from=bad: {(int)wrong.StatusCode}");
            }
            var view = Uri.EscapeDataString($"http://localhost/?from={ScriptDigits.In(zero, "2015")}");
            var oembed = await client.GetAsync($"/oembed?url={view}");
            if (oembed.StatusCode != HttpStatusCode.OK) failures.Add($"{ScriptDigits.Name(zero)} /oembed: {(int)oembed.StatusCode}");
            var badView = Uri.EscapeDataString($"http://localhost/?from={ScriptDigits.In(zero, "2015-13")}");
            if ((await client.GetAsync($"/oembed?url={badView}")).StatusCode != HttpStatusCode.NotFound) failures.Add($"{ScriptDigits.Name(zero)} /oembed bad");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public async Task The_normalised_filter_selects_the_same_events_as_ascii_digits()
    {
        var client = _factory.CreateClient();
        var ascii = await client.GetStringAsync("/api/events?from=2015-02-16&to=2015-02-20");
        Assert.Equal(ascii, await client.GetStringAsync("/api/events?from=" + Uri.EscapeDataString("٢٠١٥-٠٢-١٦") + "&to=" + Uri.EscapeDataString("२०१५-०२-२०")));
        Assert.Equal(ascii, await client.GetStringAsync("/api/events?from=" + Uri.EscapeDataString("２０１５-０２-１６") + "&to=2015-02-20"));
    }

    [Fact]
    public async Task The_csv_import_reads_every_scripts_dates_and_reports_a_wrong_one_by_row_and_column()
    {
        var kit = new EditingKit(_factory);
        const string header = "id,title,summary,start_date,end_date,date_precision,approximate,event_type,place,country,latitude,longitude,geo_precision,actors,killed_min,killed_max,injured,source_urls,tags,status";
        var rows = new StringBuilder(header + "\r\n");
        foreach (var zero in ScriptDigits.Zeros)
            rows.Append($",Script {ScriptDigits.Name(zero)},Dates in another script.,{ScriptDigits.In(zero, "16 Feb 2015")},{ScriptDigits.In(zero, "2015-02-17")},day,false,airstrike,,,,,,,,,,,,draft\r\n");
        var report = await kit.Importer.ImportAsync(Encoding.UTF8.GetBytes(rows.ToString()), EditingKit.AnEditor, new(DryRun: true));
        Assert.Empty(report.Problems);
        Assert.Equal(ScriptDigits.Zeros.Count, report.Created);

        var wrong = $"{header}\r\n,Bad,Bad.,{ScriptDigits.In(new System.Text.Rune(0x0660), "2015-02-30")},,day,false,airstrike,,,,,,,,,,,,draft\r\n";
        var problems = (await kit.Importer.ImportAsync(Encoding.UTF8.GetBytes(wrong), EditingKit.AnEditor, new(DryRun: true))).Problems;
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.Equal((2, "start_date"), (p.Row, p.Column)));
    }
}
