using Microsoft.Playwright;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TimelineApp.Tests.Browser;

/// <summary>The static app shell: the theme follows the system until toggled, the toggle is remembered, phones get a menu.</summary>
public class ShellAndThemeBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private static Task<string?> ThemeAsync(IPage page) => page.EvaluateAsync<string?>("() => document.documentElement.dataset.theme ?? null");

    private static Task<string> BackgroundAsync(IPage page) => page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");

    [Fact]
    public async Task The_theme_follows_the_system_until_toggled_and_the_choice_is_remembered_on_other_pages()
    {
        var page = await fx.NewPageAsync();
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await page.GotoAsync("/sources");
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Dark theme" });
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Null(await ThemeAsync(page));
        Assert.Equal("rgb(20, 20, 22)", await BackgroundAsync(page));

        await toggle.ClickAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");
        Assert.Equal("light", await ThemeAsync(page));
        Assert.Equal("rgb(251, 251, 252)", await BackgroundAsync(page));

        await page.GotoAsync("/map");
        Assert.Equal("light", await ThemeAsync(page));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Dark theme" })).ToHaveAttributeAsync("aria-pressed", "false");
    }

    [Fact]
    public async Task Dark_type_colours_stay_visible_on_the_dark_surface()
    {
        var page = await fx.NewPageAsync();
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await page.GotoAsync("/sources");
        // The taxonomy's deep indigo (#332288) is lightened for the dark theme; the light theme keeps it.
        var dark = await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).getPropertyValue('--type-pledge-of-allegiance').trim()");
        Assert.NotEqual("#332288", dark, StringComparer.OrdinalIgnoreCase);
        Assert.StartsWith("#", dark);
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        var light = await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).getPropertyValue('--type-pledge-of-allegiance').trim()");
        Assert.Equal("#332288", light, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task On_a_phone_the_main_links_are_in_a_menu()
    {
        var page = await fx.NewPageAsync(390, 844);
        await page.GotoAsync("/sources");
        var map = page.GetByRole(AriaRole.Link, new() { Name = "Map", Exact = true });
        await Expect(map).ToBeHiddenAsync();
        await page.GetByText("Menu", new() { Exact = true }).ClickAsync();
        await map.ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/map$"));
    }

    [Fact]
    public async Task On_a_phone_the_sign_in_link_sits_inside_the_app_bar()
    {
        var page = await fx.NewPageAsync(390, 844);
        await page.GotoAsync("/sources");
        var bar = await page.GetByRole(AriaRole.Banner).BoundingBoxAsync();
        var signIn = await page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).BoundingBoxAsync();
        Assert.NotNull(bar);
        Assert.NotNull(signIn);
        // MudBlazor's dense app bar has a fixed height; the wrapped account row must grow the bar, not hang below it.
        Assert.True(signIn.Y + signIn.Height <= bar.Y + bar.Height, $"Sign in ends at {signIn.Y + signIn.Height}, the bar at {bar.Y + bar.Height}");
    }

    [Fact]
    public async Task On_a_phone_the_form_date_field_keeps_its_height_and_its_hint_sits_below_the_outline()
    {
        await TestUsers.EnsureBothAsync(fx.Server.Services);
        var page = await fx.NewPageAsync(width: 375);
        await page.SignInAsync(TestUsers.EditorEmail);
        await page.GotoAsync("/edit/events/new");
        await Expect(page.GetByLabel("Title", new() { Exact = true })).ToBeEnabledAsync();

        // The editors' own input rule once squashed MudBlazor's field to 21 px and drew the hint over its border.
        var field = (await page.GetByLabel("Start date").BoundingBoxAsync())!;
        var hint = (await page.GetByText("e.g. 16 Feb 2015", new() { Exact = false }).BoundingBoxAsync())!;
        Assert.True(field.Height >= 36, $"Start date field is {field.Height} px high");
        Assert.True(hint.Y >= field.Y + field.Height, $"hint at {hint.Y}, field ends at {field.Y + field.Height}");
    }

    [Fact]
    public async Task Clicking_the_form_map_names_the_nearest_town_and_fills_in_the_coordinates_at_town_precision()
    {
        await TestUsers.EnsureBothAsync(fx.Server.Services);
        var page = await fx.NewPageAsync();
        await page.SignInAsync(TestUsers.EditorEmail);
        await page.GotoAsync("/edit/events/new");
        await Expect(page.GetByLabel("Title", new() { Exact = true })).ToBeEnabledAsync();

        await page.GetByLabel("Start date").FillAsync("Feb 2015");
        await Expect(page.GetByText("Read as Feb 2015 (known to the month)")).ToBeVisibleAsync();

        var map = page.GetByRole(AriaRole.Region, new() { Name = "Map for picking a place: click to fill in the nearest town and its coordinates" });
        await page.WaitForFunctionAsync("() => document.querySelector('.place-picker-map.leaflet-container') !== null");
        // Typed coordinates centre the picker map there; then click its middle.
        await map.ScrollIntoViewIfNeededAsync();
        await page.GetByLabel("Latitude").FillAsync("32.76");
        await page.GetByLabel("Longitude").FillAsync("22.64");
        await page.GetByLabel("Longitude").BlurAsync();
        await page.WaitForTimeoutAsync(600); // the map pans to the typed point
        var box = (await map.BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(box.X + box.Width / 2, box.Y + box.Height / 2);

        await Expect(page.GetByLabel("Place name")).ToHaveValueAsync("Darnah");
        await Expect(page.GetByLabel("Country code")).ToHaveValueAsync("LY");
        await Expect(page.GetByLabel("How precise")).ToHaveValueAsync("Town");
        await Expect(page.GetByText("Nearest town: Darnah, LY.", new() { Exact = false })).ToBeVisibleAsync();
        await ScreenshotsAsync(page);
    }

    /// <summary>With SCREENSHOT_DIR set, saves the event form light, dark and at phone width for a person to look at.</summary>
    private static async Task ScreenshotsAsync(IPage page)
    {
        var dir = Environment.GetEnvironmentVariable("SCREENSHOT_DIR");
        if (string.IsNullOrEmpty(dir)) return;
        Directory.CreateDirectory(dir);
        await page.ScreenshotAsync(new() { Path = Path.Combine(dir, "event-form-light.png"), FullPage = true });
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        await page.ScreenshotAsync(new() { Path = Path.Combine(dir, "event-form-dark.png"), FullPage = true });
        await page.SetViewportSizeAsync(390, 844);
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        await page.ScreenshotAsync(new() { Path = Path.Combine(dir, "event-form-phone.png"), FullPage = true });
    }
}
