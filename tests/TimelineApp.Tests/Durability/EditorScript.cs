using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TimelineApp.Tests.Accounts;

namespace TimelineApp.Tests.Durability;

/// <summary>What a script does against a running app: sign in over HTTP, fetch the antiforgery token, create drafts.</summary>
public sealed class EditorScript(HttpClient client, string header, string token) : IDisposable
{
    public static async Task<EditorScript> SignInAsync(AppProcess app)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromSeconds(30),
        };
        var response = await client.SignInAsync(AppProcess.AdminEmail, AppProcess.AdminPassword);
        if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in over HTTP answered {(int)response.StatusCode}\n{app.Log}");
        var tokens = await client.GetFromJsonAsync<JsonElement>("/api/edit/antiforgery");
        return new EditorScript(client, tokens.GetProperty("headerName").GetString()!, tokens.GetProperty("token").GetString()!);
    }

    /// <summary>The new draft's id, returned only once the server has answered 201 (after its commit).</summary>
    public async Task<int> CreateDraftAsync(string title)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/edit/events")
        {
            Content = JsonContent.Create(new { title, summary = "Written by a script.", typeId = "airstrike", start = "16 Feb 2015" }),
        };
        request.Headers.Add(header, token);
        using var response = await client.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Created)
            throw new InvalidOperationException($"{title}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    public void Dispose() => client.Dispose();
}
