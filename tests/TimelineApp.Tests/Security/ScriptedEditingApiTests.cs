using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Editing;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Security;

/// <summary>POST /api/edit/events: a draft from JSON for scripts, only for editors, only with the antiforgery header.</summary>
public class ScriptedEditingApiTests : IClassFixture<TimelineFactory>
{
    private readonly TimelineFactory _factory;
    private readonly EditingKit _kit;

    public ScriptedEditingApiTests(TimelineFactory factory)
    {
        _factory = factory;
        _kit = new EditingKit(factory);
        TestUsers.EnsureBothAsync(factory.Services).GetAwaiter().GetResult();
    }

    private async Task<(HttpClient Client, string Header, string Token)> EditorAsync()
    {
        var client = _factory.Client();
        await client.SignInOrFailAsync(TestUsers.EditorEmail);
        var token = await client.GetFromJsonAsync<JsonElement>("/api/edit/antiforgery");
        return (client, token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString()!);
    }

    private static HttpRequestMessage Post(string json, string? header = null, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/edit/events") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (header is not null) request.Headers.Add(header, token);
        return request;
    }

    private string FormJson(string title) => JsonSerializer.Serialize(_kit.NewForm(title), JsonSerializerOptions.Web);

    [Fact]
    public async Task Should_create_a_draft_by_the_signed_in_editor_and_answer_201_with_its_id()
    {
        var (client, header, token) = await EditorAsync();
        var response = await client.SendAsync(Post(FormJson("Scripted draft"), header, token));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.Equal($"/edit/events/{id}", response.Headers.Location!.OriginalString);
        await using var db = _factory.CreateDb();
        var e = await db.Events.SingleAsync(x => x.Id == id);
        Assert.Equal(("Scripted draft", EventStatus.Draft, TestUsers.EditorEmail), (e.Title, e.Status, e.CreatedBy));
        Assert.Equal("created", (await db.Revisions.SingleAsync(r => r.EventId == id)).Kind);
    }

    [Fact]
    public async Task Should_refuse_a_post_without_the_antiforgery_header_and_write_nothing()
    {
        var (client, _, _) = await EditorAsync();
        var response = await client.SendAsync(Post(FormJson("No token")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("antiforgery token", await response.Content.ReadAsStringAsync());
        await using var db = _factory.CreateDb();
        Assert.False(await db.Events.AnyAsync(e => e.Title == "No token"));
    }

    [Fact]
    public async Task Should_name_each_bad_field_and_explain_bad_json()
    {
        var (client, header, token) = await EditorAsync();
        var form = _kit.NewForm(new string('x', 201));
        (form.Start, form.Place.Latitude) = ("31 Feb 2015", 91);
        var invalid = await client.SendAsync(Post(JsonSerializer.Serialize(form, JsonSerializerOptions.Web), header, token));
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        var errors = (await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("at most 200", errors.GetProperty("title")[0].GetString());
        Assert.Contains("is not a date", errors.GetProperty("start")[0].GetString());
        Assert.Contains("outside", errors.GetProperty("place.latitude")[0].GetString());

        var broken = await client.SendAsync(Post("{\"title\": \"unclosed", header, token));
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("not an event in JSON", await broken.Content.ReadAsStringAsync());
        var notJson = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/edit/events")
        {
            Content = new StringContent("title=x", Encoding.UTF8, "text/plain"), Headers = { { header, token } },
        });
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, notJson.StatusCode);
    }

    [Fact]
    public async Task Should_answer_401_to_scripts_that_are_not_signed_in()
    {
        var client = _factory.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/edit/antiforgery")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(Post(FormJson("Anonymous")))).StatusCode);
    }
}
