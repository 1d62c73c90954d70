using MudBlazor;

namespace TimelineApp.Components.Theme;

/// <summary>
/// The one theme object: its light and dark palettes become the CSS variables every page uses (see <see cref="ThemeStylesheet"/>).
/// Colours were chosen for at least 4.5:1 text contrast on their background in each mode. System fonts only (no network).
/// </summary>
public static class AppTheme
{
    private static readonly string[] SystemFonts = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"];

    public static MudTheme Create() => new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b5cad", PrimaryContrastText = "#ffffff",
            Secondary = "#6a3d9a", Tertiary = "#0a6b2e",
            Error = "#b00020", Success = "#0a6b2e", Warning = "#8a5300", Info = "#0b5cad",
            Background = "#fbfbfc", Surface = "#ffffff", BackgroundGray = "#f1f1f4",
            AppbarBackground = "#ffffff", AppbarText = "#1d1d1f",
            DrawerBackground = "#ffffff", DrawerText = "#1d1d1f",
            TextPrimary = "#1d1d1f", TextSecondary = "#5b5b60", ActionDefault = "#5b5b60",
            LinesDefault = "#d9d9de", LinesInputs = "#8a8a90", TableLines = "#d9d9de", Divider = "#d9d9de",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#8ab8f0", PrimaryContrastText = "#0b1a2e",
            Secondary = "#c3a6e6", Tertiary = "#7fd49b",
            Error = "#ff8a9a", Success = "#7fd49b", Warning = "#f0c060", Info = "#8ab8f0",
            Background = "#141416", Surface = "#1f1f23", BackgroundGray = "#26262b",
            AppbarBackground = "#1f1f23", AppbarText = "#ececf1",
            DrawerBackground = "#1f1f23", DrawerText = "#ececf1",
            TextPrimary = "#ececf1", TextSecondary = "#b4b4bc", ActionDefault = "#b4b4bc",
            LinesDefault = "#3a3a41", LinesInputs = "#8a8a94", TableLines = "#3a3a41", Divider = "#3a3a41",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = SystemFonts },
            // Sentence case on buttons, as on the readers' pages (MudBlazor's default is all caps).
            Button = new ButtonTypography { TextTransform = "none" },
        },
    };
}
