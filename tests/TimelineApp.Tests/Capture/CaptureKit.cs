using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Capture;

/// <summary>The real app allowed to capture from loopback (where the test article server listens), with a short fetch deadline.</summary>
public sealed class LoopbackCaptureFactory : TimelineFactory
{
    public LoopbackCaptureFactory()
    {
        With("Capture:AllowPrivateAddresses", "true");
        With("Capture:TimeoutSeconds", "2");
        With("Capture:LinkCheckHostDelaySeconds", "0");
    }
}

/// <summary>The real app with the default address policy: only public addresses, except the networks a test names.</summary>
public sealed class PublicOnlyCaptureFactory : TimelineFactory;

/// <summary>An editor's scripted client: signed in, with the antiforgery header every write needs.</summary>
public sealed class EditorApi(HttpClient client, string header, string token)
{
    public HttpClient Client => client;

    public static async Task<EditorApi> SignInAsync(TimelineFactory factory, string email = TestUsers.EditorEmail)
    {
        await TestUsers.EnsureBothAsync(factory.Services);
        var client = factory.Client();
        await client.SignInOrFailAsync(email);
        var token = await client.GetFromJsonAsync<JsonElement>("/api/edit/antiforgery");
        return new EditorApi(client, token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString()!);
    }

    public Task<HttpResponseMessage> CaptureAsync(string url, bool withToken = true)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/edit/sources/capture")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { url }), Encoding.UTF8, "application/json"),
        };
        if (withToken) request.Headers.Add(header, token);
        return client.SendAsync(request);
    }

    public Task<HttpResponseMessage> UploadAsync(string url, byte[] file, string contentType, string fileName)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        var form = new MultipartFormDataContent { { new StringContent(url), "url" }, { content, "file", fileName } };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/edit/sources/upload") { Content = form };
        request.Headers.Add(header, token);
        return client.SendAsync(request);
    }

    public async Task<JsonElement> CapturedAsync(string url)
    {
        var response = await CaptureAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    public async Task<string> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
    }
}

public static class CaptureDb
{
    /// <summary>Changes one stored byte behind the app's back, as a tampering administrator could.</summary>
    public static async Task FlipByteAsync(TimelineFactory factory, int articleId, int number, int index)
    {
        await using var db = factory.CreateDb();
        var capture = await db.SourceCaptures.AsNoTracking().SingleAsync(c => c.ArticleId == articleId && c.Number == number);
        var bytes = capture.Content.ToArray();
        bytes[index] ^= 0x01;
        var sql = factory.IsPostgres ? "UPDATE \"SourceCaptures\" SET \"Content\" = {0} WHERE \"Id\" = {1}" : "UPDATE SourceCaptures SET Content = {0} WHERE Id = {1}";
        Assert.Equal(1, await db.Database.ExecuteSqlRawAsync(sql, bytes, capture.Id));
    }
}
