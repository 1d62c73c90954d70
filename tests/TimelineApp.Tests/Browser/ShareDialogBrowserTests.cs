using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TimelineApp.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TimelineApp.Tests.Browser;

/// <summary>The Share dialog looks and behaves like a modal: centred, real buttons, focus kept in it, Esc closes it, a live preview.</summary>
public class ShareDialogBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private async Task<(IPage Page, ILocator Dialog)> OpenAsync(string url, int width, ColorScheme scheme = ColorScheme.Light)
    {
        var page = await fx.NewPageAsync(width, 900);
        await page.EmulateMediaAsync(new() { ColorScheme = scheme });
        await page.GotoAsync(url);
        await page.Locator("html[data-reader-ready=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.GetByRole(AriaRole.Button, new() { Name = "Share", Exact = true }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Share and embed" });
        await Expect(dialog).ToBeVisibleAsync();
        return (page, dialog);
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task The_dialog_is_centred_with_real_buttons_keeps_focus_inside_and_closes_on_Escape(int width)
    {
        var (page, dialog) = await OpenAsync("/", width);

        var box = (await dialog.BoundingBoxAsync())!;
        Assert.InRange(box.X - (width - (box.X + box.Width)), -2, 2);
        Assert.True(box.Y > 0, $"top {box.Y}");
        foreach (var name in new[] { "Close", "Copy link to this view", "Copy embed code" })
        {
            var button = dialog.GetByRole(AriaRole.Button, new() { Name = name });
            var look = await button.EvaluateAsync<string[]>("b => { const s = getComputedStyle(b); return [s.backgroundColor, s.borderTopWidth, s.borderTopStyle]; }");
            var filled = look[0] is not "rgba(0, 0, 0, 0)" and not "transparent";
            var outlined = look[1] != "0px" && look[2] != "none";
            Assert.True(filled || outlined, $"{name} looks like plain text: {string.Join(", ", look)}");
        }

        for (var i = 0; i < 14; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            Assert.True(await page.EvaluateAsync<bool>("() => !!document.activeElement?.closest('dialog[open]')"), $"focus left the dialog after {i + 1} Tab presses");
        }
        await page.Keyboard.PressAsync("Shift+Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => !!document.activeElement?.closest('dialog[open]')"));

        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Share", Exact = true })).ToBeFocusedAsync();
    }

    [Fact]
    public async Task The_preview_is_the_real_embed_at_the_chosen_size_and_theme()
    {
        var (_, dialog) = await OpenAsync("/", 1280);
        var frame = dialog.Locator("iframe");
        var code = dialog.GetByRole(AriaRole.Textbox, new() { Name = "Embed code" });

        await Expect(frame).ToHaveAttributeAsync("src", new Regex(@"/embed/timeline\?theme=light$"));
        await Expect(dialog.FrameLocator("iframe").GetByRole(AriaRole.Link, new() { Name = "Egyptian airstrikes on Islamic State targets in Derna" })).ToBeVisibleAsync();
        await Expect(code).ToHaveValueAsync(new Regex(@"/embed/timeline\?theme=auto"" width=""600"" height=""400"""));

        await dialog.GetByRole(AriaRole.Combobox, new() { Name = "Size" }).SelectOptionAsync("Large");
        await dialog.GetByRole(AriaRole.Combobox, new() { Name = "Theme" }).SelectOptionAsync("dark");

        await Expect(code).ToHaveValueAsync(new Regex(@"/embed/timeline\?theme=dark"" width=""800"" height=""600"""));
        await Expect(frame).ToHaveAttributeAsync("src", new Regex(@"/embed/timeline\?theme=dark$"));
        var size = (await frame.BoundingBoxAsync())!;
        Assert.Equal((800, 600), ((int)Math.Round(size.Width), (int)Math.Round(size.Height)));
    }

    [Fact]
    public async Task In_the_dark_theme_the_dialog_is_dark_and_an_automatic_embed_is_previewed_dark()
    {
        var (_, dialog) = await OpenAsync("/", 1280, ColorScheme.Dark);

        Assert.Equal("rgb(31, 31, 35)", await dialog.EvaluateAsync<string>("d => getComputedStyle(d).backgroundColor"));
        await Expect(dialog.Locator("iframe")).ToHaveAttributeAsync("src", new Regex(@"theme=dark$"));
        await Expect(dialog.GetByRole(AriaRole.Textbox, new() { Name = "Embed code" })).ToHaveValueAsync(new Regex("theme=auto"));
    }

    [Fact]
    public async Task The_axis_view_has_Share_with_its_embed_code_and_Download()
    {
        var (page, dialog) = await OpenAsync("/?view=axis&from=2015-02-01&to=2015-02-28", 1280);

        await Expect(dialog.GetByRole(AriaRole.Textbox, new() { Name = "Embed code" }))
            .ToHaveValueAsync(new Regex(@"/embed/axis\?from=2015-02-01&amp;to=2015-02-28&amp;theme=auto"""));
        await page.Keyboard.PressAsync("Escape");
        await page.GetByText("Download", new() { Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "CSV", Exact = true })).ToHaveAttributeAsync("href", "/export/events.csv?from=2015-02-01&to=2015-02-28");
    }
}
