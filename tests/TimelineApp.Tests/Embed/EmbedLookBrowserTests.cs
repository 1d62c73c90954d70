using System.Text.Json;
using Microsoft.Playwright;
using TimelineApp.Tests.Axis;
using TimelineApp.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TimelineApp.Tests.Embed;

/// <summary>
/// Every embed in real Chromium at the widths reports use (300–800 px, 400 px tall), in both themes: it is drawn in the
/// app's palette (it used to miss theme.css and came out unstyled), nothing sticks out sideways, the footer shows, and
/// the axis's current lane button is readable. theme=light|dark fixes the palette; auto follows the reader's scheme.
/// </summary>
public class EmbedLookBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private static readonly string[] EmbedPaths =
    [
        "/embed/timeline",
        "/embed/axis?from=2015-02-01&to=2015-02-28",
        "/embed/map",
        "/embed/event/egyptian-airstrikes-on-derna",
    ];

    public static TheoryData<string> Embeds => new(EmbedPaths);

    /// <summary>The theme's surface colours (AppTheme: Surface), which every embed's page is painted with.</summary>
    private static readonly Dictionary<string, string> Surface = new() { ["light"] = "rgb(255, 255, 255)", ["dark"] = "rgb(31, 31, 35)" };

    private async Task<IPage> OpenAsync(string path, int width, ColorScheme scheme)
    {
        var page = await fx.NewPageAsync(width, 400);
        await page.EmulateMediaAsync(new() { ColorScheme = scheme });
        await page.GotoAsync(path);
        if (path.Contains("/axis", StringComparison.Ordinal)) await page.WaitForSelectorAsync("[data-axis][data-loaded='true']");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return page;
    }

    [Theory]
    [MemberData(nameof(Embeds))]
    public async Task An_embed_looks_finished_at_every_width_in_both_themes(string path)
    {
        var join = path.Contains('?') ? "&" : "?";
        foreach (var width in new[] { 300, 400, 600, 800 })
        foreach (var theme in new[] { "light", "dark" })
        {
            // The reader's scheme is the other one: the parameter wins.
            var page = await OpenAsync(path + join + "theme=" + theme, width, theme == "dark" ? ColorScheme.Light : ColorScheme.Dark);
            var where = $"{path} at {width} px, {theme}";
            var look = await page.EvaluateAsync<JsonElement>("""
                () => {
                  const foot = document.querySelector('footer, .embed-card-foot').getBoundingClientRect();
                  const current = document.querySelector('.axis-lanes a[aria-current]');
                  return {
                    background: getComputedStyle(document.body).backgroundColor,
                    sideways: document.documentElement.scrollWidth - innerWidth,
                    footBottom: foot.bottom, footHeight: foot.height, height: innerHeight,
                    current: current && [getComputedStyle(current).color, getComputedStyle(current).backgroundColor],
                    lines: [...document.querySelectorAll('.lane-line')].map(l => getComputedStyle(l).stroke),
                  };
                }
                """);
            Assert.True(Surface[theme] == look.GetProperty("background").GetString(), $"{where}: page painted {look.GetProperty("background")}");
            Assert.True(look.GetProperty("sideways").GetDouble() <= 0, $"{where}: scrolls sideways by {look.GetProperty("sideways")} px");
            Assert.True(look.GetProperty("footHeight").GetDouble() > 10 && look.GetProperty("footBottom").GetDouble() <= look.GetProperty("height").GetDouble() + 0.5,
                $"{where}: footer cut off (bottom {look.GetProperty("footBottom")} of {look.GetProperty("height")})");
            if (path.Contains("/axis", StringComparison.Ordinal))
            {
                var current = look.GetProperty("current").EnumerateArray().Select(c => c.GetString()!).ToArray();
                Assert.True(Contrast(current[0], current[1]) >= 4.5, $"{where}: the current lane reads {current[0]} on {current[1]}");
                Assert.All(look.GetProperty("lines").EnumerateArray(), l => Assert.NotEqual("none", l.GetString()));
                await Expect(page.Locator(".lane-line").First).ToBeAttachedAsync();
            }
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData(ColorScheme.Light, "light")]
    [InlineData(ColorScheme.Dark, "dark")]
    public async Task Theme_auto_follows_the_readers_colour_scheme(ColorScheme scheme, string expected)
    {
        foreach (var path in new[] { "/embed/timeline?theme=auto", "/embed/axis" })
        {
            var page = await OpenAsync(path, 600, scheme);
            Assert.Equal(Surface[expected], await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData(390)]
    [InlineData(1280)]
    public async Task Embeds_have_no_serious_or_critical_accessibility_violations_in_either_theme(int width)
    {
        foreach (var path in EmbedPaths)
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            var page = await OpenAsync(path, width, scheme);
            if (path.Contains("/map", StringComparison.Ordinal))
                await page.WaitForFunctionAsync("() => document.querySelector('.leaflet-container .leaflet-marker-icon, .leaflet-container .marker-cluster') !== null");
            try { await AxisBrowserTests.AssertNoSeriousViolationsAsync(page); }
            catch (Xunit.Sdk.XunitException e) { throw new Xunit.Sdk.XunitException($"{path} at {width} px, {scheme}: {e.Message}"); }
            await page.Context.CloseAsync();
        }
    }

    /// <summary>WCAG contrast of two computed colours ("rgb(r, g, b)" or "rgba(r, g, b, a)", a transparent one counted as the page's white).</summary>
    internal static double Contrast(string a, string b)
    {
        static double Luminance(string css)
        {
            var parts = css[(css.IndexOf('(') + 1)..css.IndexOf(')')].Split(',').Select(p => double.Parse(p, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            if (parts.Length == 4 && parts[3] == 0) parts = [255, 255, 255];
            static double Channel(double v) { var s = v / 255; return s <= 0.03928 ? s / 12.92 : Math.Pow((s + 0.055) / 1.055, 2.4); }
            return 0.2126 * Channel(parts[0]) + 0.7152 * Channel(parts[1]) + 0.0722 * Channel(parts[2]);
        }
        var (l1, l2) = (Luminance(a), Luminance(b));
        return (Math.Max(l1, l2) + 0.05) / (Math.Min(l1, l2) + 0.05);
    }
}
