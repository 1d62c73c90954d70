namespace TimelineApp.Export;

/// <summary>
/// A generous estimate of how wide text is in the SVG's sans-serif font, per character class. Generous on purpose:
/// labels are laid out from it, and an over-estimate only costs a little space while an under-estimate overlaps.
/// Sized for DejaVu Sans (the widest usual fallback); Arial or Helvetica come out narrower.
/// </summary>
public static class SvgTextWidth
{
    public static double Of(string text, double fontSize)
    {
        double em = 0;
        foreach (var c in text)
        {
            em += c switch
            {
                'i' or 'l' or 'j' or 'I' or '.' or ',' or ':' or ';' or '\'' or '!' or '|' => 0.33,
                ' ' or 'f' or 't' or 'r' or '(' or ')' or '[' or ']' or '-' => 0.42,
                'm' or 'w' or 'M' or 'W' or '@' or '%' or '—' or '…' => 1.0,
                >= 'A' and <= 'Z' => 0.76,
                _ when char.IsLowSurrogate(c) => 0,
                _ when c > 0x2E80 => 1.0,
                _ => 0.64,
            };
        }
        return em * fontSize;
    }

    /// <summary>The text cut to fit <paramref name="maxWidth"/>, ending in "…" when cut.</summary>
    public static string Fit(string text, double fontSize, double maxWidth)
    {
        if (Of(text, fontSize) <= maxWidth) return text;
        var cut = text;
        while (cut.Length > 1 && Of(cut + "…", fontSize) > maxWidth) cut = cut[..^1];
        if (char.IsHighSurrogate(cut[^1])) cut = cut[..^1];
        return cut.TrimEnd() + "…";
    }
}
