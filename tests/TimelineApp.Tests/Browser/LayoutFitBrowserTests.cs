using Microsoft.Playwright;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TimelineApp.Tests.Browser;

/// <summary>Nothing is cut off or split: placeholders fit their boxes, "Sign in" stays in the header row, legend entries stay whole.</summary>
public class LayoutFitBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    public async Task Filter_placeholders_fit_inside_their_boxes(int width)
    {
        var page = await fx.NewPageAsync(width, 900);
        await page.GotoAsync("/");
        await page.Locator("html[data-reader-ready=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Show filters" });
        if (await toggle.IsVisibleAsync()) await toggle.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Searchbox, new() { Name = "Search" })).ToBeVisibleAsync();

        var overflowing = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.filters input[placeholder]')].filter(i => i.offsetParent).map(i => {
                const s = getComputedStyle(i);
                const ctx = document.createElement('canvas').getContext('2d');
                ctx.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
                const room = i.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight)
                    - (i.type === 'search' ? 20 : 0); // the search box's clear button
                return ctx.measureText(i.placeholder).width > room ? `${i.id}: "${i.placeholder}" needs ${ctx.measureText(i.placeholder).width}px, has ${room}px` : null;
            }).filter(x => x)
            """);
        Assert.Empty(overflowing);
    }

    [Fact]
    public async Task At_390_px_Sign_in_stays_on_the_header_row()
    {
        var page = await fx.NewPageAsync(390, 800);
        await page.GotoAsync("/");
        var brand = (await page.GetByRole(AriaRole.Link, new() { Name = "TimelineApp", Exact = true }).BoundingBoxAsync())!;
        var signIn = (await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).BoundingBoxAsync())!;

        Assert.True(Math.Abs((signIn.Y + signIn.Height / 2) - (brand.Y + brand.Height / 2)) < brand.Height / 2,
            $"Sign in at y={signIn.Y}, the brand at y={brand.Y}");
    }

    [Theory]
    [InlineData(1280)]
    [InlineData(390)]
    [InlineData(320)]
    public async Task Each_symbol_of_the_axis_key_stays_on_the_line_where_its_text_starts(int width)
    {
        var page = await fx.NewPageAsync(width, 900);
        await page.GotoAsync("/?view=axis");
        var key = page.Locator(".axis-legend");
        await Expect(key).ToContainTextAsync("known to the day");

        var split = await key.EvaluateAsync<string[]>("""
            p => [...p.querySelectorAll('.key')].map(symbol => {
                let text = symbol.nextSibling;
                while (text && !(text.nodeType === 3 && text.textContent.trim())) text = text.nextSibling;
                const at = text.textContent.search(/\S/);
                const range = document.createRange();
                range.setStart(text, at);
                range.setEnd(text, at + 1);
                const first = range.getBoundingClientRect(), box = symbol.getBoundingClientRect();
                const together = Math.abs((first.top + first.height / 2) - (box.top + box.height / 2)) < first.height / 2;
                return together ? null : text.textContent.trim();
            }).filter(x => x)
            """);
        Assert.Empty(split);
    }

    [Fact]
    public async Task Editor_buttons_are_in_sentence_case()
    {
        await TestUsers.EnsureBothAsync(fx.Server.Services);
        var page = await fx.NewPageAsync();
        await page.SignInAsync(TestUsers.EditorEmail);
        await page.GotoAsync("/edit");
        // "New event" is a MudButton with an address (a link drawn as a button); MudBlazor's default draws it "NEW EVENT".
        var button = page.GetByRole(AriaRole.Link, new() { Name = "New event", Exact = true });
        await Expect(button).ToBeVisibleAsync();

        // Retried: the prerendered button is replaced when the circuit attaches, and a detached element has no computed style.
        await Expect(button).ToHaveCSSAsync("text-transform", "none");
    }
}
