using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using TimelineApp.Data;
using TimelineApp.Events;

namespace TimelineApp.Components.Theme;

/// <summary>
/// /theme.css: MudBlazor's own CSS variables for <see cref="AppTheme"/>, rendered once on the server for each palette,
/// light under :root and dark under [data-theme=dark] (or the operating system's preference when no choice is stored),
/// so static pages get both without a circuit. The event types' colours follow as --type-{id} variables.
/// </summary>
public sealed partial class ThemeStylesheet(IServiceProvider services, ILoggerFactory loggers, IDbContextFactory<TimelineDb> dbFactory)
{
    public const string Path = "/theme.css";
    private string? _palettes;

    public async Task<string> BuildAsync(CancellationToken ct)
    {
        _palettes ??= await RenderPalettesAsync();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var types = await db.EventTypes.AsNoTracking().OrderBy(t => t.Id).Select(t => new { t.Id, t.Color }).ToListAsync(ct);
        var light = string.Concat(types.Select(t => $"--type-{TypeColors.CssName(t.Id)}:{TypeShapes.SafeColor(t.Color)};"));
        var dark = string.Concat(types.Select(t => $"--type-{TypeColors.CssName(t.Id)}:{TypeColors.ForDark(TypeShapes.SafeColor(t.Color))};"));
        return $"{_palettes}:root{{{light}}}\n:root[data-theme=dark]{{{dark}}}\n" +
               $"@media (prefers-color-scheme: dark){{:root:not([data-theme=light]){{{dark}}}}}\n";
    }

    public static string ETagOf(string css) => "\"" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(css)))[..16] + "\"";

    private async Task<string> RenderPalettesAsync()
    {
        var theme = AppTheme.Create();
        var light = RootBlock(await RenderProviderAsync(theme, dark: false));
        var dark = RootBlock(await RenderProviderAsync(theme, dark: true));
        return $"{light.Others}\n:root{{{light.Vars}color-scheme:light}}\n" +
               $":root[data-theme=dark]{{{dark.Vars}color-scheme:dark}}\n" +
               $"@media (prefers-color-scheme: dark){{:root:not([data-theme=light]){{{dark.Vars}color-scheme:dark}}}}\n";
    }

    private async Task<string> RenderProviderAsync(MudTheme theme, bool dark)
    {
        await using var scope = services.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(MudThemeProvider.Theme)] = theme,
                [nameof(MudThemeProvider.IsDarkMode)] = dark,
            });
            var output = await renderer.RenderComponentAsync<MudThemeProvider>(parameters);
            return output.ToHtmlString();
        });
    }

    /// <summary>Splits the provider's style sheet into the palette variables (the :root block) and the rest.</summary>
    private static (string Vars, string Others) RootBlock(string html)
    {
        var sheets = string.Concat(StyleContent().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)));
        var root = RootRule().Match(sheets);
        if (!root.Success) throw new InvalidOperationException("MudThemeProvider rendered no :root block; the theme cannot be built.");
        return (root.Groups[1].Value.Trim(), sheets.Remove(root.Index, root.Length).Trim());
    }

    [GeneratedRegex("<style[^>]*>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleContent();

    [GeneratedRegex(@":root\s*\{([^}]*)\}", RegexOptions.Singleline)]
    private static partial Regex RootRule();
}
