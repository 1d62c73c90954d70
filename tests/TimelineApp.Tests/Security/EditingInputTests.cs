using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Editing;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Editing;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Security;

/// <summary>Issue 14 items 1, 5, 6 and 8 on the editing side: POST /api/edit/events, the one validator, the CSV import.</summary>
public class EditingInputTests : IClassFixture<TimelineFactory>
{

    private readonly TimelineFactory _factory;
    private readonly EditingKit _kit;

    public EditingInputTests(TimelineFactory factory)
    {
        _factory = factory;
        _kit = new EditingKit(factory);
        TestUsers.EnsureBothAsync(factory.Services).GetAwaiter().GetResult();
    }

    private async Task<HttpClient> EditorAsync()
    {
        var client = _factory.Client();
        await client.SignInOrFailAsync(TestUsers.EditorEmail);
        var token = await client.GetFromJsonAsync<JsonElement>("/api/edit/antiforgery");
        client.DefaultRequestHeaders.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());
        return client;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private string FormJson(Action<EventForm>? change = null)
    {
        var form = _kit.NewForm("Edited by script " + Guid.NewGuid().ToString("N")[..8]);
        change?.Invoke(form);
        return JsonSerializer.Serialize(form, JsonSerializerOptions.Web);
    }

    [Fact]
    public async Task The_scripted_api_reads_every_scripts_dates_or_answers_400_naming_the_field()
    {
        var client = await EditorAsync();
        foreach (var zero in ScriptDigits.Zeros)
        {
            var ok = await client.PostAsync("/api/edit/events", Json(FormJson(f => (f.Start, f.End) = (ScriptDigits.In(zero, "16 Feb 2015"), ScriptDigits.In(zero, "2015-02-17")))));
            Assert.True(ok.StatusCode == HttpStatusCode.Created, $"{ScriptDigits.Name(zero)}: {(int)ok.StatusCode} {await ok.Content.ReadAsStringAsync()}");
            var bad = await client.PostAsync("/api/edit/events", Json(FormJson(f => f.Start = ScriptDigits.In(zero, "30 Feb 2015"))));
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Contains("\"start\"", await bad.Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [InlineData(51, 0, 0, "actors", "at most 50")]
    [InlineData(0, 51, 0, "citations", "at most 50")]
    [InlineData(0, 1, 21, "citations[0].claims", "at most 20")]
    public async Task Events_over_the_limits_are_refused_with_a_message_naming_the_list(int actors, int citations, int claims, string key, string message)
    {
        var client = await EditorAsync();
        var json = FormJson(f =>
        {
            f.Actors = Enumerable.Range(0, actors).Select(i => new ActorForm { Name = $"Actor {i}", Role = "target" }).ToList();
            if (citations > 0)
                f.Citations = Enumerable.Range(0, citations).Select(_ => new CitationForm
                {
                    ArticleId = f.Citations[0].ArticleId, Quote = f.Citations[0].Quote,
                    Claims = Enumerable.Range(0, claims).Select(k => new ClaimForm { KilledMin = k }).ToList(),
                }).ToList();
        });
        var response = await client.PostAsync("/api/edit/events", Json(json));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{key}\"", body);
        Assert.Contains(message, body);
    }

    [Fact]
    public void The_limits_hold_in_the_one_validator_used_by_form_api_and_import()
    {
        var form = _kit.NewForm();
        form.Actors = Enumerable.Range(0, 20_000).Select(i => new ActorForm { Name = $"Actor {i}", Role = "target" }).ToList();
        var refs = new EditingReferenceData(new NodaTime.LocalDate(2015, 3, 1), new HashSet<string> { "un-appeal" }, new Dictionary<int, string>());
        var started = System.Diagnostics.Stopwatch.StartNew();
        var error = Assert.Single(EventFormValidator.Validate(form, refs));
        Assert.Equal((nameof(EventForm.Actors), "20000 actors; an event names at most 50."), (error.Field, error.Message));
        Assert.True(started.ElapsedMilliseconds < 1000, $"{started.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task A_chunked_body_past_the_limit_gets_413_and_writes_nothing()
    {
        var client = await EditorAsync();
        await using var db = _factory.CreateDb();
        var before = await db.Events.CountAsync();
        var padding = new string(' ', ScriptedEditingApi.MaxBodyBytes);
        var content = new StreamContent(new Unseekable(Encoding.UTF8.GetBytes(FormJson()[..^1] + padding + "}")));
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/edit/events") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(before, await db.Events.CountAsync());
        // Within the limit, chunked framing is fine.
        var small = new HttpRequestMessage(HttpMethod.Post, "/api/edit/events") { Content = new StreamContent(new Unseekable(Encoding.UTF8.GetBytes(FormJson()))) };
        small.Content.Headers.ContentType = new("application/json");
        small.Headers.TransferEncodingChunked = true;
        Assert.Equal(HttpStatusCode.Created, (await client.SendAsync(small)).StatusCode);
    }

    [Fact]
    public async Task Bad_json_is_a_problem_naming_the_path_not_our_types()
    {
        var client = await EditorAsync();
        var json = System.Text.RegularExpressions.Regex.Replace(FormJson(), "\"kind\":(\\d+|\"[A-Za-z]+\")", "\"kind\":\"Alien\"");
        Assert.Contains("Alien", json);
        var response = await client.PostAsync("/api/edit/events", Json(json));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"actors[0].kind\"", body);
        Assert.DoesNotContain("TimelineApp.", body);
        Assert.DoesNotContain("System.", body);
    }

    [Fact]
    public async Task Nul_characters_and_unassigned_country_codes_are_refused()
    {
        var client = await EditorAsync();
        var nul = await client.PostAsync("/api/edit/events", Json(FormJson(f => f.Summary = "Before\0after")));
        Assert.Equal(HttpStatusCode.BadRequest, nul.StatusCode);
        Assert.Contains("control character", await nul.Content.ReadAsStringAsync());
        var zz = await client.PostAsync("/api/edit/events", Json(FormJson(f => f.Place.Country = "ZZ")));
        Assert.Equal(HttpStatusCode.BadRequest, zz.StatusCode);
        Assert.Contains("ISO 3166-1", await zz.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync("/api/edit/events", Json(FormJson(f => f.Place.Country = "ly")))).StatusCode);
    }

    [Fact]
    public void Nul_characters_and_unassigned_country_codes_fail_the_one_validator()
    {
        var refs = new EditingReferenceData(new NodaTime.LocalDate(2015, 3, 1), new HashSet<string> { "un-appeal" }, new Dictionary<int, string>());
        var nul = _kit.NewForm();
        nul.Summary = "Before\0after";
        Assert.Contains(EventFormValidator.Validate(nul, refs), e => e.Field == nameof(EventForm.Summary) && e.Message.Contains("control character"));
        var zz = _kit.NewForm();
        zz.Place.Country = "ZZ";
        Assert.Contains(EventFormValidator.Validate(zz, refs), e => e.Field == nameof(PlaceForm.Country) && e.Message.Contains("ISO 3166-1"));
        var claims = _kit.NewForm();
        claims.Citations[0].Claims = Enumerable.Range(0, 21).Select(k => new ClaimForm { KilledMin = k }).ToList();
        Assert.Contains(EventFormValidator.Validate(claims, refs), e => e.Field == nameof(CitationForm.Claims) && e.Message.Contains("at most 20"));
        var lower = _kit.NewForm();
        lower.Place.Country = "ly";
        Assert.DoesNotContain(EventFormValidator.Validate(lower, refs), e => e.Field == nameof(PlaceForm.Country));
    }

    [Fact]
    public async Task A_latin1_csv_is_refused_with_row_and_column_and_nothing_imported()
    {
        const string csv = "id,title,summary,start_date,event_type,status\r\n,Protest,Students marched.,2015-02-16,protest,draft\r\n,Café bombing,A café was hit.,2015-02-17,bombing,draft\r\n";
        var report = await _kit.Importer.ImportAsync(Encoding.Latin1.GetBytes(csv), EditingKit.AnEditor, new(FileName: "latin1.csv"));
        var problem = Assert.Single(report.Problems);
        Assert.Equal((3, "title"), (problem.Row, problem.Column));
        Assert.Contains("not UTF-8", problem.Problem);
        Assert.Contains("0xE9", problem.Problem);
        Assert.Equal((0, false), (report.Created, report.Written));
        // The same text in UTF-8 (with or without a byte-order mark) is read as written.
        var utf8 = await _kit.Importer.ImportAsync([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)], EditingKit.AnEditor, new(DryRun: true));
        Assert.DoesNotContain(utf8.Problems, p => p.Problem.Contains("UTF-8"));
    }

    [Fact]
    public async Task The_actor_lookup_offers_at_most_twenty_matches_however_long_the_shared_list()
    {
        await using (var db = _factory.CreateDb())
        {
            db.Actors.AddRange(Enumerable.Range(0, 300).Select(i => new TimelineApp.Data.Actor { Name = $"Lookup militia {i:000}", Kind = TimelineApp.Data.ActorKind.ArmedGroup }));
            await db.SaveChangesAsync();
        }
        var lookups = new EditingLookups(_kit.Db, _kit.Clock);
        Assert.Equal(EditingLookups.ActorMatches, (await lookups.ActorNamesAsync("")).Count);
        var matches = await lookups.ActorNamesAsync("lookup militia 1");
        Assert.Equal(20, matches.Count);
        Assert.All(matches, m => Assert.StartsWith("Lookup militia 1", m));
        Assert.Equal(["Lookup militia 250"], await lookups.ActorNamesAsync("militia 250"));
        Assert.Empty(await lookups.ActorNamesAsync("100%_"));
    }

    /// <summary>A body of unknown length, so HttpClient sends it chunked (no Content-Length).</summary>
    private sealed class Unseekable(byte[] bytes) : Stream
    {
        private readonly MemoryStream _inner = new(bytes);
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
