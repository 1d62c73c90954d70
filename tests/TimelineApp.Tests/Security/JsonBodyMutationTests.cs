using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Editing;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Capture;
using TimelineApp.Tests.Editing;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Security;

/// <summary>
/// Every JSON body the app accepts, bent every way a script or an attacker can bend it: each value set to null,
/// removed, given the wrong JSON type, each list element set to null. The mutations are made from a valid body, so a
/// property added to the model is covered without touching this test; the answer is never a 500, a value the model
/// cannot hold is a 400 naming the field, and a refused body writes nothing.
/// </summary>
public class JsonBodyMutationTests : IClassFixture<LoopbackCaptureFactory>, IAsyncLifetime
{
    private readonly TimelineFactory _factory;
    private readonly EditingKit _kit;
    private ArticleServer? _pages;

    public async Task InitializeAsync() => _pages = await ArticleServer.StartAsync();

    public async Task DisposeAsync()
    {
        if (_pages is not null) await _pages.DisposeAsync();
    }

    public JsonBodyMutationTests(LoopbackCaptureFactory factory)
    {
        _factory = factory;
        _kit = new EditingKit(factory);
        TestUsers.EnsureBothAsync(factory.Services).GetAwaiter().GetResult();
    }

    /// <summary>A valid body for each JSON endpoint, and the model it binds to (whose nullability says where null is allowed).</summary>
    private Dictionary<string, (Type Model, JsonObject Body)> ValidBodies() => new()
    {
        ["/api/edit/events"] = (typeof(EventForm), ValidEvent()),
        ["/api/edit/sources/capture"] = (typeof(TimelineApp.Capture.CaptureRequest),
            new JsonObject { ["url"] = _pages!.Html("/mutation-probe", "<html><head><title>Probe</title></head><body><article><h1>Probe</h1><p>"
                + string.Join(" ", Enumerable.Repeat("A sentence long enough for a reader to keep it as the article's text.", 20)) + "</p></article></body></html>") }),
    };

    private JsonObject ValidEvent()
    {
        var form = _kit.NewForm("Mutation probe");
        (form.End, form.DateNote, form.Time, form.TimeZone, form.Note) = ("18 Feb 2015", "As reported", "14:30", "Africa/Cairo", "Scripted");
        form.Citations[0].Claims.Add(new ClaimForm { Claimant = "A spokesman", Qualifier = "at least", KilledMin = 3, KilledMax = 5, Injured = 1, Note = "n" });
        return JsonSerializer.SerializeToNode(form, JsonSerializerOptions.Web)!.AsObject();
    }

    [Fact]
    public void Should_have_a_valid_body_for_every_json_endpoint_the_app_maps()
    {
        var writes = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Any(m => m is "POST" or "PUT" or "PATCH") == true)
            // Razor pages (the /api/docs reference) accept form posts, not JSON bodies.
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata>() is null)
            // A multipart upload, not a JSON body: its refusals are tested in Capture/CaptureApiTests.
            .Where(e => e.RoutePattern.RawText != "/api/edit/sources/upload")
            .Select(e => e.RoutePattern.RawText!).ToHashSet();
        Assert.NotEmpty(writes);
        Assert.Empty(writes.Except(ValidBodies().Keys)); // a new JSON endpoint needs its valid body here, and is then bent like the others
    }

    [Fact]
    public async Task Should_answer_every_null_missing_or_mistyped_value_with_400_naming_the_field_and_write_nothing()
    {
        var (client, header, token) = await EditorAsync();
        var failures = new List<string>();
        var bent = new HashSet<string>();
        foreach (var (route, (model, body)) in ValidBodies())
        {
            var valid = await client.SendAsync(Post(route, body.ToJsonString(), header, token));
            Assert.True(valid.StatusCode == HttpStatusCode.Created, $"{route}: the valid body answered {(int)valid.StatusCode}: {await valid.Content.ReadAsStringAsync()}");
            foreach (var m in JsonMutations.Of(body, model))
            {
                bent.Add(m.Path);
                var before = await CountAsync();
                var response = await client.SendAsync(Post(route, m.Body, header, token));
                var text = await response.Content.ReadAsStringAsync();
                var written = await CountAsync() - before;
                if (response.StatusCode == HttpStatusCode.Created && !m.MustRefuse) continue;
                if (response.StatusCode != HttpStatusCode.BadRequest)
                    failures.Add($"{route} {m.Description}: {(int)response.StatusCode} {text[..Math.Min(200, text.Length)]}");
                else if (!ErrorKeys(text).Contains(m.Path))
                    failures.Add($"{route} {m.Description}: 400 without naming {m.Path}: {text[..Math.Min(300, text.Length)]}");
                else if (written != 0)
                    failures.Add($"{route} {m.Description}: 400 but {written} event(s) written");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        // The shapes the outside test used are among those generated.
        Assert.Superset(new HashSet<string> { "typeId", "place", "actors", "citations", "tags", "actors[0]", "actors[0].name", "citations[0]",
            "citations[0].claims[0]", "place.geoPrecision", "actors[0].kind" }, bent);
    }

    [Theory]
    [InlineData("place", "geoPrecision", 99)]
    [InlineData("place", "geoPrecision", -1)]
    [InlineData("actors[0]", "kind", 99)]
    public async Task Should_refuse_an_undefined_enum_number_naming_the_field(string owner, string field, int value)
    {
        var (client, header, token) = await EditorAsync();
        var body = ValidEvent();
        Owner(body, owner)[field] = value;
        var before = await CountAsync();
        var response = await client.SendAsync(Post("/api/edit/events", body.ToJsonString(), header, token));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains($"{owner}.{field}", ErrorKeys(text));
        Assert.Equal(before, await CountAsync());
    }

    [Theory]
    [InlineData("region", "armed-group", TimelineApp.Data.GeoPrecision.Region, TimelineApp.Data.ActorKind.ArmedGroup)]
    [InlineData("Country", "InternationalOrganisation", TimelineApp.Data.GeoPrecision.Country, TimelineApp.Data.ActorKind.InternationalOrganisation)]
    [InlineData(0, 4, TimelineApp.Data.GeoPrecision.Exact, TimelineApp.Data.ActorKind.Person)]
    public async Task Should_accept_enums_by_name_in_any_case_or_by_a_defined_number(object precision, object kind,
        TimelineApp.Data.GeoPrecision storedPrecision, TimelineApp.Data.ActorKind storedKind)
    {
        var (client, header, token) = await EditorAsync();
        var body = ValidEvent();
        var actor = $"Enum probe {Guid.NewGuid():N}";
        body["place"]!["geoPrecision"] = JsonNode.Parse(JsonSerializer.Serialize(precision));
        body["actors"]![0]!["kind"] = JsonNode.Parse(JsonSerializer.Serialize(kind));
        body["actors"]![0]!["name"] = actor;
        var response = await client.SendAsync(Post("/api/edit/events", body.ToJsonString(), header, token));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        await using var db = _factory.CreateDb();
        var e = await db.Events.Include(x => x.Place).Include(x => x.Actors).ThenInclude(a => a.Actor).SingleAsync(x => x.Id == id);
        Assert.Equal(storedPrecision, e.Place!.GeoPrecision);
        Assert.Equal(storedKind, e.Actors.Single().Actor.Kind);
    }

    [Theory]
    [InlineData("\"1\"")]
    [InlineData("\"Town, Region\"")]
    [InlineData("\"nowhere\"")]
    [InlineData("1.5")]
    public async Task Should_refuse_an_enum_that_is_not_one_defined_name_or_number(string json)
    {
        var (client, header, token) = await EditorAsync();
        var body = ValidEvent();
        body["place"]!["geoPrecision"] = JsonNode.Parse(json);
        var response = await client.SendAsync(Post("/api/edit/events", body.ToJsonString(), header, token));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("place.geoPrecision", ErrorKeys(await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("{\"title\":\"a\",\"title\":\"b\"}")]
    [InlineData("{\"title\":\"a\",\"Title\":\"b\"}")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{\"title\": \"unclosed")]
    public async Task Should_answer_a_body_that_is_not_one_json_object_with_400(string json)
    {
        var (client, header, token) = await EditorAsync();
        var response = await client.SendAsync(Post("/api/edit/events", json, header, token));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(ErrorKeys(await response.Content.ReadAsStringAsync()));
    }

    private static JsonObject Owner(JsonObject body, string owner) =>
        owner == "actors[0]" ? body["actors"]![0]!.AsObject() : body[owner]!.AsObject();

    private static IReadOnlySet<string> ErrorKeys(string problem)
    {
        try
        {
            return JsonNode.Parse(problem)?["errors"] is JsonObject errors ? errors.Select(p => p.Key).ToHashSet() : new HashSet<string>();
        }
        catch (JsonException)
        {
            return new HashSet<string>();
        }
    }

    private async Task<int> CountAsync()
    {
        await using var db = _factory.CreateDb();
        return await db.Events.CountAsync() + await db.Places.CountAsync() + await db.Actors.CountAsync() + await db.SourceCaptures.CountAsync();
    }

    private async Task<(HttpClient Client, string Header, string Token)> EditorAsync()
    {
        var client = _factory.Client();
        await client.SignInOrFailAsync(TestUsers.EditorEmail);
        var token = await client.GetFromJsonAsync<JsonElement>("/api/edit/antiforgery");
        return (client, token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString()!);
    }

    private static HttpRequestMessage Post(string route, string json, string header, string token) =>
        new(HttpMethod.Post, route) { Content = new StringContent(json, Encoding.UTF8, "application/json"), Headers = { { header, token } } };
}
