namespace TimelineApp.Embed;

/// <summary>
/// An embed's <c>theme</c> parameter: <c>light</c> or <c>dark</c> fixes the palette; <c>auto</c> (the default) follows
/// the host reader's <c>prefers-color-scheme</c> through /theme.css's media query, so it needs no script.
/// </summary>
public static class EmbedTheme
{
    public const string Parameter = "theme";

    /// <summary>The value for &lt;html data-theme&gt; (null for auto), or a problem naming what is wrong.</summary>
    public static (string? Theme, string? Problem) Read(IQueryCollection query)
    {
        var text = query[Parameter].LastOrDefault()?.Trim();
        return text?.ToLowerInvariant() switch
        {
            null or "" or "auto" => (null, null),
            "light" => ("light", null),
            "dark" => ("dark", null),
            _ => (null, $"{Parameter}: '{(text.Length <= 40 ? text : text[..40] + "…")}' is not a theme; use light, dark or auto"),
        };
    }
}
