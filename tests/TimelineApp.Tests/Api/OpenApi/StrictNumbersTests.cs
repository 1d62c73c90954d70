using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Editing;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Api.OpenApi;

/// <summary>
/// The document says numbers are numbers ("type": "integer"), so the app reads them as such: a number sent as a
/// string in POST /api/edit/events is a 400 naming where it is, and nothing is written. Answers are unchanged.
/// </summary>
public class StrictNumbersTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    [Theory]
    [InlineData("version")]
    [InlineData("place.latitude")]
    public async Task A_number_sent_as_a_string_is_refused_with_the_place_it_is_in(string field)
    {
        await TestUsers.EnsureBothAsync(factory.Services);
        var client = factory.Client();
        await client.SignInOrFailAsync(TestUsers.EditorEmail);
        var token = await client.GetFromJsonAsync<JsonElement>("/api/edit/antiforgery");
        var form = JsonNode.Parse(JsonSerializer.Serialize(new EditingKit(factory).NewForm($"Strict {field}"), JsonSerializerOptions.Web))!;
        form["title"] = $"Strict {field}";
        var (parent, name) = field.Contains('.') ? (form[field.Split('.')[0]]!, field.Split('.')[1]) : (form, field);
        parent[name] = parent[name]!.ToJsonString() is var number && number == "null" ? "31.5" : number;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/edit/events") { Content = new StringContent(form.ToJsonString(), Encoding.UTF8, "application/json") };
        request.Headers.Add(token.Str("headerName"), token.Str("token"));

        using var response = await client.SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode} {body}");
        Assert.Contains($"\"{field}\"", body); // the error is keyed by the field's path
        await using var db = factory.CreateDb();
        Assert.False(await db.Events.AnyAsync(e => e.Title == $"Strict {field}"));
    }
}
