using System.Text.Json;
using Microsoft.Playwright;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Api.OpenApi;

/// <summary>/api/docs in Chromium: every operation of the document, offline (no other host) and under our CSP.</summary>
public class ApiDocsPageBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_reference_page_shows_every_operation_with_its_parameters_from_our_host_alone()
    {
        using var http = new HttpClient { BaseAddress = new Uri(browser.Server.BaseUrl) };
        var doc = await http.GetJsonAsync("/openapi/v1.json");
        var operations = doc.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => (Method: m.Name.ToUpperInvariant(), Path: p.Name, Id: m.Value.Str("operationId")))).ToList();
        var page = await browser.NewPageAsync();
        var hosts = new List<string>();
        var problems = new List<string>();
        page.Request += (_, r) => hosts.Add(new Uri(r.Url).Authority);
        page.Console += (_, m) => { if (m.Type is "error" or "warning") problems.Add(m.Text); };
        page.PageError += (_, e) => problems.Add(e);

        var response = await page.GotoAsync("/api/docs", new() { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.Equal(200, response!.Status);
        Assert.Contains("script-src 'self'", await response.HeaderValueAsync("content-security-policy"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "TimelineApp API", Level = 1 })).ToBeVisibleAsync();
        Assert.True(operations.Count >= 8, $"{operations.Count} operations");
        foreach (var (method, path, id) in operations)
        {
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"{method} {path}", Exact = true, Level = 3 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = $"Answers of {id}" })).ToBeVisibleAsync();
        }
        var pageSize = page.GetByRole(AriaRole.Table, new() { Name = "Parameters of listEvents" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "pageSize" });
        await Assertions.Expect(pageSize).ToContainTextAsync("integer (int32) 1–200");
        await Assertions.Expect(pageSize).ToContainTextAsync("50");
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "EventDto" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "EventPage" }).First.ClickAsync();
        Assert.EndsWith("#schema-EventPage", page.Url);

        Assert.Equal([new Uri(browser.Server.BaseUrl).Authority], hosts.Distinct());
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task The_reference_page_has_no_serious_accessibility_violations(ColorScheme scheme)
    {
        var page = await browser.NewPageAsync();
        await page.EmulateMediaAsync(new() { ColorScheme = scheme });
        Assert.Equal(200, (await page.GotoAsync("/api/docs"))!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "GET /api/events", Exact = true })).ToBeVisibleAsync();
        await page.AddScriptTagAsync(new() { Url = "/lib/axe-core/axe.min.js" });
        var violations = await page.EvaluateAsync<JsonElement>("""
            async () => (await axe.run(document)).violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.id}: ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`)
            """);
        Assert.True(violations.GetArrayLength() == 0, string.Join("\n", violations.EnumerateArray()));
    }
}
