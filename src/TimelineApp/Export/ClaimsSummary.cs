using System.Globalization;
using TimelineApp.Events;

namespace TimelineApp.Export;

/// <summary>Casualty claims in one line, each attributed, never merged: "Egyptian army: 40–50 killed; Derna residents: 7 civilians killed".</summary>
public static class ClaimsSummary
{
    public static string Describe(IEnumerable<ClaimDto> claims) =>
        string.Join("; ", claims.Select(Describe).Where(s => s.Length > 0));

    public static string Describe(ClaimDto c)
    {
        var what = c.Qualifier is { Length: > 0 } q ? q + " " : "";
        var figures = new List<string>();
        if (Range(c.KilledMin, c.KilledMax) is { } killed) figures.Add($"{killed} {what}killed");
        if (c.Injured is { } injured) figures.Add($"{N(injured)} {what}injured");
        var text = figures.Count > 0 ? string.Join(", ", figures) : c.Note ?? "";
        return text.Length == 0 ? "" : $"{c.Source}: {text}";
    }

    private static string? Range(int? min, int? max) => (min, max) switch
    {
        ({ } a, { } b) when a == b => N(a),
        ({ } a, { } b) => $"{N(a)}–{N(b)}",
        ({ } a, null) => $"at least {N(a)}",
        (null, { } b) => $"up to {N(b)}",
        _ => null,
    };

    private static string N(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
