using System.Globalization;

namespace TimelineApp.Map;

/// <summary>One source's figures for an event, as the map's popup needs them.</summary>
public sealed record ClaimFigures(string Claimant, string? Qualifier, int? KilledMin, int? KilledMax, int? Injured);

/// <summary>
/// The one-line casualty summary of a map marker. Each source keeps its own figure, never merged:
/// "40–50 killed (VICE News) · 3 civilians killed (Libyan army spokesman)".
/// </summary>
public static class MarkerCasualties
{
    public const int MaxClaimsShown = 3;

    public static string? Summarize(IEnumerable<ClaimFigures> claims)
    {
        var parts = claims.Select(Describe).OfType<string>().Distinct().ToList();
        if (parts.Count == 0) return null;
        var shown = string.Join(" · ", parts.Take(MaxClaimsShown));
        return parts.Count > MaxClaimsShown ? $"{shown} · {parts.Count - MaxClaimsShown} more" : shown;
    }

    private static string? Describe(ClaimFigures c)
    {
        var killed = (c.KilledMin, c.KilledMax) switch
        {
            (int min, int max) when min == max => N(min),
            (int min, int max) => $"{N(min)}–{N(max)}",
            (int min, null) => $"at least {N(min)}",
            (null, int max) => $"up to {N(max)}",
            _ => null,
        };
        var who = c.Qualifier is { Length: > 0 } q ? $" {q}" : "";
        var figures = new List<string>();
        if (killed is not null) figures.Add($"{killed}{who} killed");
        if (c.Injured is int injured) figures.Add($"{N(injured)}{(killed is null ? who : "")} injured");
        return figures.Count == 0 ? null : $"{string.Join(", ", figures)} ({c.Claimant})";
    }

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
