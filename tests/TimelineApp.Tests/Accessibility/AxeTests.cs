using System.Text.Json;
using Microsoft.Playwright;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Browser;
using TimelineApp.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TimelineApp.Tests.Accessibility;

/// <summary>axe-core (served from our own /lib, the CSP allows nothing else) on every kind of page, in real Chromium: no serious or critical violations.</summary>
public class AxeTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private const string Slug = "egyptian-airstrikes-on-derna";

    public static TheoryData<string> Pages =>
    [
        "/", "/?type=airstrike", "/events/" + Slug, "/sources", "/sources/1", "/map", "/edit/events/new", "/edit", "/edit/import", "/edit/sources/1",
        "/edit/users", "/edit/backup", "/account/login", "/edit/sources", "/edit/types", "/edit/types/airstrike", "/edit/events/1/history",
        "/edit/sources/1/cite", "/edit/events/1", "/account/two-factor",
        "/embed/timeline", "/embed/event/" + Slug, "/embed/map", "/?view=split",
    ];

    /// <summary>The dark theme changes every colour: the pages of each kind again, with the operating system in dark mode.</summary>
    public static TheoryData<string> DarkPages => ["/", "/events/" + Slug, "/sources/1", "/?view=split", "/edit/events/new", "/edit", "/embed/timeline"];

    [Theory]
    [MemberData(nameof(Pages))]
    public Task Page_has_no_serious_or_critical_accessibility_violations(string path) => CheckAsync(path, ColorScheme.Light);

    [Theory]
    [MemberData(nameof(DarkPages))]
    public Task Page_has_no_serious_or_critical_accessibility_violations_in_the_dark_theme(string path) => CheckAsync(path, ColorScheme.Dark);

    private async Task CheckAsync(string path, ColorScheme scheme)
    {
        var page = await fx.NewPageAsync();
        await page.EmulateMediaAsync(new() { ColorScheme = scheme });
        if (path == "/edit" || path.StartsWith("/edit/", StringComparison.Ordinal) || path.StartsWith("/account/two", StringComparison.Ordinal)) // "/edit" alone used to be checked signed out (the login page)
        {
            await TestUsers.EnsureBothAsync(fx.Server.Services);
            var reviewerPage = path is "/edit/users" or "/edit/backup" || path.StartsWith("/edit/types", StringComparison.Ordinal);
            await page.SignInAsync(reviewerPage ? TestUsers.ReviewerEmail : TestUsers.EditorEmail);
        }
        await page.GotoAsync(path);
        await ReadyAsync(page, path);
        await page.AddScriptTagAsync(new() { Url = "/lib/axe-core/axe.min.js" });
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
                const r = await axe.run(document);
                const violations = r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => `${v.impact} ${v.id}: ${v.help}\n` + v.nodes.slice(0, 5).map(n => `    ${n.target.join(' ')} — ${n.failureSummary.replaceAll('\n', ' ')}`).join('\n'));
                return { passed: r.passes.length, violations };
            }
            """);
        Assert.True(result.GetProperty("passed").GetInt32() > 10, "axe ran its rules");
        var list = result.GetProperty("violations").EnumerateArray().Select(v => v.GetString()).ToList();
        Assert.True(list.Count == 0, $"{path}:\n{string.Join("\n", list)}");
    }

    /// <summary>Waits until what a reader sees has settled: interactive forms enabled, maps drawn.</summary>
    private static async Task ReadyAsync(IPage page, string path)
    {
        if (path.EndsWith("/history", StringComparison.Ordinal))
        {
            await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new System.Text.RegularExpressions.Regex("^History of “[^u]") })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Revisions" }).GetByText("Revision 1", new() { Exact = true })).ToBeVisibleAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }
        else if (path.StartsWith("/edit/types/", StringComparison.Ordinal))
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save type" })).ToBeEnabledAsync();
        else if (path.StartsWith("/edit/events/", StringComparison.Ordinal))
            await Expect(page.GetByLabel("Title", new() { Exact = true })).ToBeEnabledAsync();
        else if (path.EndsWith("/cite", StringComparison.Ordinal))
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "New event from selection" })).ToBeEnabledAsync();
        else if (path == "/edit/import")
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Choose a CSV file" })).ToBeEnabledAsync();
        else if (path is "/edit" or "/edit/sources" or "/edit/users" or "/edit/types")
            await Expect(page.GetByRole(AriaRole.Textbox, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Filter") })).ToBeEnabledAsync(new() { Timeout = 30_000 });
        else if (path.StartsWith("/edit/sources/", StringComparison.Ordinal))
            await Expect(page.GetByLabel("Headline")).ToBeEnabledAsync();
        else if (path.Contains("map", StringComparison.Ordinal) || path.Contains("split", StringComparison.Ordinal))
            await page.WaitForFunctionAsync("() => document.querySelector('.leaflet-container .leaflet-marker-icon, .leaflet-container .marker-cluster') !== null");
        else
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }
}
