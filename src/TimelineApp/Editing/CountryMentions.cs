using System.Globalization;

namespace TimelineApp.Editing;

/// <summary>
/// The countries a text names ("Libya", "Egypt", "the United States"), most often named first, as ISO codes:
/// the context that tells the place look-up which "Derna" an article means.
/// </summary>
public static class CountryMentions
{
    private static readonly Lazy<IReadOnlyList<(string Name, string Code)>> Names = new(() => CultureInfo
        .GetCultures(CultureTypes.SpecificCultures)
        .Select(c => { try { return new RegionInfo(c.Name); } catch (ArgumentException) { return null; } })
        .Where(r => r is { TwoLetterISORegionName.Length: 2 } && char.IsLetter(r.TwoLetterISORegionName[0]))
        .Select(r => (Name: r!.EnglishName, Code: r.TwoLetterISORegionName))
        .DistinctBy(x => x.Name)
        .ToList());

    public static IReadOnlyList<string> In(string? text, int max = 3)
    {
        if (string.IsNullOrEmpty(text)) return [];
        return Names.Value
            .Select(n => (n.Code, Count: Count(text, n.Name)))
            .Where(x => x.Count > 0)
            .OrderByDescending(x => x.Count).ThenBy(x => x.Code, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.Code)
            .ToList();
    }

    /// <summary>Whole-word occurrences, case as written ("Libya", not "libyan" or "Libyan").</summary>
    private static int Count(string text, string name)
    {
        var count = 0;
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]))) count++;
        }
        return count;
    }

    /// <summary>The code of a country named exactly so ("Egypt" → EG), if the name is one.</summary>
    public static string? CodeOf(string name) =>
        Names.Value.FirstOrDefault(n => n.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Code;
}
