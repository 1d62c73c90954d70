using System.Net;
using System.Text.Json;

namespace TimelineApp.Tests.Api;

/// <summary>Small helpers to read /api/events answers as JSON.</summary>
internal static class ApiClient
{
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"GET {url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static IReadOnlyList<JsonElement> Items(this JsonElement page) => page.GetProperty("items").EnumerateArray().ToList();

    public static IReadOnlyList<string> Slugs(this JsonElement page) => page.Items().Select(e => e.GetProperty("slug").GetString()!).ToList();

    public static string Str(this JsonElement e, string name) => e.GetProperty(name).GetString()!;
}
