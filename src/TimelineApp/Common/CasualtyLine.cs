using System.Globalization;
using TimelineApp.Events;

namespace TimelineApp.Common;

/// <summary>
/// The one wording of casualty figures, everywhere (timeline entries, event pages, map popups, embeds, exports):
/// each figure attributed to whoever claims it and never merged,
/// "40–50 killed (VICE News) · 3 civilians killed (Libyan army spokesman)".
/// </summary>
public static class CasualtyLine
{
    public const string Separator = " · ";

    /// <summary>The claims that state a figure, once each, as "figure (claimant)"; empty when none does.</summary>
    public static IReadOnlyList<string> Parts(IEnumerable<ClaimDto> claims) => claims
        .Where(HasFigure)
        .Select(c => $"{Figures(c)} ({c.Source})")
        .Distinct(StringComparer.Ordinal)
        .ToList();

    /// <summary>The whole line; past <paramref name="maxShown"/> claims it ends "· 2 more" (for small spaces like a map popup).</summary>
    public static string Format(IEnumerable<ClaimDto> claims, int maxShown = int.MaxValue)
    {
        var parts = Parts(claims);
        var shown = string.Join(Separator, parts.Take(maxShown));
        return parts.Count > maxShown ? $"{shown}{Separator}{parts.Count - maxShown} more" : shown;
    }

    public static bool HasFigure(ClaimDto c) => c.KilledMin is not null || c.KilledMax is not null || c.Injured is not null;

    /// <summary>"40–50 killed", "3 civilians killed", "at least 41 killed", "up to 12 killed, 30 injured".</summary>
    public static string Figures(ClaimDto c)
    {
        var who = string.IsNullOrWhiteSpace(c.Qualifier) ? "" : c.Qualifier.Trim() + " ";
        var parts = new List<string>();
        if (Range(c.KilledMin, c.KilledMax) is { } killed) parts.Add($"{killed} {who}killed");
        if (c.Injured is { } injured) parts.Add(parts.Count == 0 ? $"{N(injured)} {who}injured" : $"{N(injured)} injured");
        return string.Join(", ", parts);
    }

    public static string? Range(int? min, int? max) => (min, max) switch
    {
        (null, null) => null,
        ({ } a, null) => $"at least {N(a)}",
        (null, { } b) => $"up to {N(b)}",
        ({ } a, { } b) when a == b => N(a),
        ({ } a, { } b) => $"{N(a)}–{N(b)}",
    };

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
