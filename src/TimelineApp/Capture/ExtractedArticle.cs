namespace TimelineApp.Capture;

/// <summary>What extraction found in captured bytes. Fields the page does not give are null (the text never is).</summary>
public sealed record ExtractedArticle(string? Headline, string? Author, string? Outlet, DateTimeOffset? PublishedAt,
    string? Language, string Direction, string Text);

/// <summary>Right-to-left by the page's own <c>dir</c>/<c>lang</c>, or else by which script most of its letters are in.</summary>
public static class TextDirection
{
    private static readonly HashSet<string> RtlLanguages = ["ar", "he", "iw", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb", "arc", "syr"];

    public static string Of(string? dir, string? language, string text)
    {
        if (dir?.Trim().ToLowerInvariant() is "rtl" or "ltr") return dir.Trim().ToLowerInvariant();
        if (IsRtlLanguage(language)) return "rtl";
        return ByScript(text);
    }

    public static bool IsRtlLanguage(string? language) =>
        language is { Length: > 0 } && RtlLanguages.Contains(language.Split('-', '_')[0].ToLowerInvariant());

    public static string ByScript(string text)
    {
        int rtl = 0, ltr = 0;
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 5000)))
        {
            if (IsRtlLetter(c)) rtl++;
            else if (char.IsLetter(c)) ltr++;
        }
        return rtl > ltr ? "rtl" : "ltr";
    }

    /// <summary>A language code guessed from the script when the document names none: Arabic or Hebrew letters, else undetermined.</summary>
    public static string GuessLanguage(string text)
    {
        int arabic = 0, hebrew = 0, letters = 0;
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 5000)))
        {
            if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF') arabic++;
            else if (c is >= '\u0590' and <= '\u05FF' or >= '\uFB1D' and <= '\uFB4F') hebrew++;
            if (char.IsLetter(c)) letters++;
        }
        if (arabic * 2 > letters) return "ar";
        if (hebrew * 2 > letters) return "he";
        return "und";
    }

    private static bool IsRtlLetter(char c) => c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';
}
