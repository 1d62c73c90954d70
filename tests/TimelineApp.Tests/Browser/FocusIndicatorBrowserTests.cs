using System.Text.Json;
using Microsoft.Playwright;
using TimelineApp.Tests.Embed;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Browser;

/// <summary>
/// WCAG 2.4.7 in real Chromium: tabbing through every reader page and embed, in both themes, each element that takes
/// the focus shows an indicator (an outline or a box shadow) that it does not have unfocused, and the ring or its halo
/// contrasts at least 3:1 with what is behind the element. MudBlazor's reset used to take it away from the view toggle and Share.
/// </summary>
public class FocusIndicatorBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private const int MostTabs = 45;

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        string[] pages = ["/", "/map", "/?view=split", "/?view=axis&from=2015-02-01&to=2015-02-28", "/events/egyptian-airstrikes-on-derna", "/sources", "/sources/1",
            "/embed/timeline", "/embed/axis?from=2015-02-01&to=2015-02-28", "/embed/map", "/embed/event/egyptian-airstrikes-on-derna"];
        foreach (var page in pages)
        foreach (var scheme in new[] { "light", "dark" })
            data.Add(page, scheme);
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_element_that_takes_the_keyboard_focus_shows_a_visible_indicator(string path, string scheme)
    {
        var page = await fx.NewPageAsync(1280, 900);
        await page.EmulateMediaAsync(new() { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        await page.GotoAsync(path);
        if (path.Contains("axis", StringComparison.Ordinal)) await page.WaitForSelectorAsync("[data-axis][data-loaded='true']");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.EvaluateAsync(Recorder);

        for (var i = 0; i < MostTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var step = await page.EvaluateAsync<JsonElement>("() => window.focusStep()");
            if (step.ValueKind == JsonValueKind.Null) break; // back at the start, or focus left the page
        }
        await page.Keyboard.PressAsync("Tab");
        await page.EvaluateAsync("() => window.focusStep()"); // the last element's unfocused look

        var steps = await page.EvaluateAsync<JsonElement>("() => window.focusSteps.map(({ element, ...record }) => record)");
        Assert.True(steps.GetArrayLength() >= 2, $"{path}: only {steps.GetArrayLength()} focusable elements reached");
        foreach (var s in steps.EnumerateArray())
        {
            var name = $"{path} ({scheme}): {s.GetProperty("name").GetString()}";
            var focused = s.GetProperty("focused").GetString()!;
            Assert.True(s.GetProperty("visible").GetBoolean(), $"{name} has no focus indicator: {focused}");
            if (s.TryGetProperty("unfocused", out var unfocused) && unfocused.ValueKind == JsonValueKind.String)
                Assert.True(unfocused.GetString() != focused, $"{name} looks the same focused and unfocused: {focused}");
            // A two-tone indicator (ring and halo) is seen when either of its colours stands out from what is behind.
            var behind = s.GetProperty("behind").GetString()!;
            var tones = new[] { s.GetProperty("ring").GetString(), s.GetProperty("halo").GetString() }.OfType<string>().ToList();
            if (tones.Count > 0)
            {
                var contrast = tones.Max(t => EmbedLookBrowserTests.Contrast(t, behind));
                Assert.True(contrast >= 3, $"{name}: indicator {string.Join(" and ", tones)} on {behind} is at best {contrast:0.0}:1");
            }
        }
    }

    /// <summary>
    /// In the page: focusStep() records the newly focused element's outline and box shadow, and the previous element's
    /// now that it has lost the focus; null once the focus returns to the first element or leaves the document.
    /// </summary>
    private const string Recorder = """
        () => {
          const look = e => { const s = getComputedStyle(e); return `outline ${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} ${s.outlineOffset}; shadow ${s.boxShadow}`; };
          const behind = e => {
            for (let n = e.parentElement; n; n = n.parentElement) {
              const c = getComputedStyle(n).backgroundColor;
              if (c && c !== 'transparent' && !/rgba\(.*, 0\)$/.test(c)) return c;
            }
            return 'rgb(255, 255, 255)';
          };
          window.focusSteps = [];
          let previous = null;
          window.focusStep = () => {
            const e = document.activeElement;
            if (previous) previous.record.unfocused = look(previous.element);
            if (!e || e === document.body || e.tagName === 'IFRAME' || window.focusSteps.some(s => s.element === e)) { previous = null; return null; }
            const s = getComputedStyle(e);
            const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
            const record = {
              name: `${e.tagName.toLowerCase()} "${(e.getAttribute('aria-label') ?? e.textContent ?? '').trim().slice(0, 40)}"`,
              focused: look(e), visible: outline || s.boxShadow !== 'none',
              ring: outline ? s.outlineColor : null, halo: /^rgba?\([^)]*\)/.exec(s.boxShadow)?.[0] ?? null, behind: behind(e),
            };
            window.focusSteps.push({ element: e, ...record });
            previous = { element: e, record: window.focusSteps.at(-1) };
            return record;
          };
        }
        """;
}
