using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace TimelineApp.Tests.Infrastructure;

/// <summary>A page as served: its status, its HTML, and its text with entities decoded (for reader-facing wording).</summary>
public sealed record HtmlPage(HttpStatusCode Status, string Html, string Text)
{
    public static async Task<HtmlPage> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return new HtmlPage(response.StatusCode, html, WebUtility.HtmlDecode(html));
    }
}

public static class HtmlPageExtensions
{
    public static Task<HtmlPage> GetPageAsync(this WebApplicationFactory<AppEntry> app, string url) =>
        HtmlPage.GetAsync(app.CreateClient(), url);
}
