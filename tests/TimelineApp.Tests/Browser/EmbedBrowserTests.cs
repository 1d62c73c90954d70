using Microsoft.Playwright;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Browser;

public class EmbedBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    /// <summary>Opens a report page on another origin that frames the given URLs.</summary>
    private async Task<(IPage Page, ReportHost Host)> ReportPageAsync(params (string Title, string Src)[] frames)
    {
        var host = await ReportHost.StartAsync(frames);
        var page = await fx.NewPageAsync();
        await page.GotoAsync(host.Url);
        return (page, host);
    }

    [Fact]
    public async Task An_embedded_timeline_renders_inside_an_iframe_on_another_site_while_the_app_itself_refuses_to()
    {
        var (page, host) = await ReportPageAsync(("Embedded timeline", fx.Server.BaseUrl + "/embed/timeline?type=airstrike"), ("The app", fx.Server.BaseUrl + "/"));
        await using var _ = host;
        var embed = page.FrameLocator("iframe[title='Embedded timeline']");
        var link = embed.GetByRole(AriaRole.Link, new() { Name = "Egyptian airstrikes on Islamic State targets in Derna" });
        await Assertions.Expect(link).ToBeVisibleAsync();
        Assert.Equal("_blank", await link.GetAttributeAsync("target"));
        await Assertions.Expect(embed.GetByRole(AriaRole.Link, new() { Name = "Open full view" })).ToBeVisibleAsync();

        // The app's own page is refused by the browser (frame-ancestors 'self' + X-Frame-Options).
        await Assertions.Expect(page.FrameLocator("iframe[title='The app']").GetByRole(AriaRole.Heading, new() { Name = "Timeline" })).ToHaveCountAsync(0);
        var appFrame = page.Frames.Single(f => f != page.MainFrame && !f.Url.Contains("/embed/"));
        Assert.DoesNotContain("Timeline", await appFrame.ContentAsync());
    }

    [Fact]
    public async Task An_embedded_event_card_shows_its_claims_inside_an_iframe()
    {
        var (page, host) = await ReportPageAsync(("Embedded event", fx.Server.BaseUrl + "/embed/event/egyptian-airstrikes-on-derna"));
        await using var _ = host;
        var card = page.FrameLocator("iframe[title='Embedded event']");
        await Assertions.Expect(card.GetByRole(AriaRole.Heading, new() { Name = "Egyptian airstrikes on Islamic State targets in Derna" })).ToBeVisibleAsync();
        var claims = card.GetByRole(AriaRole.List, new() { Name = "Casualty claims by source" }).GetByRole(AriaRole.Listitem);
        await Assertions.Expect(claims).ToHaveTextAsync(["40–50 killed (VICE News)", "3 civilians killed (Libyan army spokesman)"]);
    }

    [Fact]
    public async Task The_svg_export_renders_every_mark_and_no_two_labels_overlap()
    {
        var page = await fx.NewPageAsync(1300, 900);
        var response = await page.GotoAsync("/export/events.svg");
        Assert.Equal("image/svg+xml", response!.Headers["content-type"]);
        var marks = page.Locator("path.mark");
        await Assertions.Expect(marks).ToHaveCountAsync(24);
        await Assertions.Expect(marks.First).ToBeVisibleAsync();
        var overlaps = await page.EvaluateAsync<int>("""
            () => {
              const boxes = [...document.querySelectorAll('text.label')].map(t => t.getBBox());
              let n = 0;
              for (let i = 0; i < boxes.length; i++)
                for (let j = i + 1; j < boxes.length; j++) {
                  const a = boxes[i], b = boxes[j];
                  if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height) n++;
                }
              return n;
            }
            """);
        Assert.Equal(0, overlaps);
        Assert.True(await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('path.mark')].every(m => m.getBBox().width > 5)"));
    }

    [Fact]
    public async Task The_share_dialog_copies_the_event_link_the_view_link_and_embed_code()
    {
        var context = await fx.Browser.NewContextAsync(new() { BaseURL = fx.Server.BaseUrl, Permissions = ["clipboard-read", "clipboard-write"] });
        var page = await context.NewPageAsync();
        var cspErrors = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy")) cspErrors.Add(m.Text); };
        await page.GotoAsync("/share?view=" + Uri.EscapeDataString("/?type=airstrike") + "&event=al-qubba-bombings");
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Share and embed" });
        await OpenWhenInteractiveAsync(page, dialog);

        async Task<string> CopyAsync(string button)
        {
            await page.EvaluateAsync("() => navigator.clipboard.writeText('')");
            await dialog.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
            await page.WaitForFunctionAsync("async () => (await navigator.clipboard.readText()) !== ''");
            await Assertions.Expect(dialog.GetByRole(AriaRole.Status)).ToContainTextAsync("copied");
            return await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        }

        Assert.Equal(fx.Server.BaseUrl + "/?type=airstrike", await CopyAsync("Copy link to this view"));
        Assert.Equal(fx.Server.BaseUrl + "/events/al-qubba-bombings", await CopyAsync("Copy link to this event"));
        var code = await CopyAsync("Copy embed code");
        Assert.Equal($"<iframe src=\"{fx.Server.BaseUrl}/embed/event/al-qubba-bombings?theme=auto\" width=\"600\" height=\"400\" title=\"Bomb blasts kill dozens in Al-Qubba\" style=\"border:0\" loading=\"lazy\"></iframe>", code);

        await dialog.GetByLabel("Size", new() { Exact = true }).SelectOptionAsync("Large");
        await dialog.GetByRole(AriaRole.Radio, new() { Name = "This view" }).CheckAsync();
        await Assertions.Expect(dialog.GetByLabel("Embed code")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("/embed/timeline\\?type=airstrike&amp;theme=auto\" width=\"800\" height=\"600\""));
        Assert.Contains("/embed/timeline?type=airstrike&amp;theme=auto\" width=\"800\" height=\"600\" title=\"Timeline: Airstrike\"", await CopyAsync("Copy embed code"));
        var preview = dialog.FrameLocator("iframe[title='Preview: Timeline: Airstrike']");
        await Assertions.Expect(preview.GetByRole(AriaRole.Link, new() { Name = "Egyptian airstrikes on Islamic State targets in Derna" })).ToBeVisibleAsync();
        Assert.Empty(cspErrors);
        await context.CloseAsync();
    }

    /// <summary>Clicks "Share" until the circuit is up and the dialog opens (before that, the prerendered button does nothing).</summary>
    private static async Task OpenWhenInteractiveAsync(IPage page, ILocator dialog)
    {
        for (var attempt = 0; attempt < 40 && !await dialog.IsVisibleAsync(); attempt++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Share", Exact = true }).ClickAsync();
            await page.WaitForTimeoutAsync(250);
        }
        await Assertions.Expect(dialog).ToBeVisibleAsync();
    }
}
