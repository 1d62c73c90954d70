using System.Text.RegularExpressions;
using NodaTime;
using TimelineApp.Dates;

namespace TimelineApp.Editing;

public sealed record DateSuggestion(DateSpan Span, string Why);
public sealed record TypeSuggestion(string TypeId, string Why);
public sealed record EventSuggestions(DateSuggestion? Date, TypeSuggestion? Type, IReadOnlyList<PlaceHit> Places);

/// <summary>
/// What a selected sentence suggests for a new event: a date resolved against the article's publication date,
/// an event type from its wording, and places it names. Only suggestions: the form marks them until accepted.
/// </summary>
public sealed partial class Suggestions(IPlaceLookup places)
{
    // The earliest keyword in the sentence wins ("condemned Egypt's air strikes" is a statement).
    private static readonly (Regex Pattern, string TypeId)[] Keywords =
    [
        (new(@"\bbehead(ed|ing|ings)?\b", RegexOptions.IgnoreCase), "beheading"),
        (new(@"\bair[\s-]?strikes?\b", RegexOptions.IgnoreCase), "airstrike"),
        (new(@"\b(bomb\s+blasts?|bombings?|car\s+bombs?|suicide\s+bomb(ing|er)?s?)\b", RegexOptions.IgnoreCase), "bombing"),
        (new(@"\b(UN|U\.N\.)\s+resolution\b|\bUnited\s+Nations\b|\bSecurity\s+Council\b", RegexOptions.IgnoreCase), "un-appeal"),
        (new(@"\bmet\s+with\b|\bmeeting\s+with\b|\btalks\s+with\b", RegexOptions.IgnoreCase), "diplomatic-meeting"),
        (new(@"\bcondemn(ed|s|ing|ation)?\b", RegexOptions.IgnoreCase), "statement"),
        (new(@"\bpledged\s+allegiance\b|\bpledge\s+of\s+allegiance\b", RegexOptions.IgnoreCase), "pledge-of-allegiance"),
        (new(@"\belections?\b", RegexOptions.IgnoreCase), "election"),
    ];

    public static DateSuggestion? SuggestDate(string sentence, LocalDate published) =>
        RelativeDateResolver.FindFirst(sentence, published) is { } m ? new DateSuggestion(m.Span, m.Explanation) : null;

    public static TypeSuggestion? SuggestType(string sentence)
    {
        var best = Keywords
            .Select(k => (Match: k.Pattern.Match(sentence), k.TypeId))
            .Where(x => x.Match.Success)
            .OrderBy(x => x.Match.Index)
            .FirstOrDefault();
        return best.Match is null ? null : new TypeSuggestion(best.TypeId, $"the sentence says \"{best.Match.Value}\"");
    }

    /// <summary>Capitalised names in the sentence ("Derna", "Al-Qubba", "United States"), possessives dropped.</summary>
    public static IReadOnlyList<string> PlaceCandidates(string sentence)
    {
        var names = new List<string>();
        foreach (Match m in CapitalisedRun().Matches(sentence))
        {
            var words = m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => PossessiveEnd().Replace(w, "")).ToList();
            if (words.Count > 1) names.Add(string.Join(' ', words));
            names.AddRange(words);
        }
        return names.Where(n => n.Length >= 3).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <param name="contextCountries">The countries the article is about (<see cref="CountryMentions"/>): a name found
    /// there beats the same name elsewhere, and with a context, gazetteer towns outside it are not suggested.</param>
    public async Task<EventSuggestions> SuggestAsync(string sentence, LocalDate published, IReadOnlyCollection<string>? contextCountries = null,
        CancellationToken ct = default)
    {
        var context = contextCountries ?? [];
        var hits = new List<PlaceHit>();
        foreach (var name in PlaceCandidates(sentence).Take(12))
        {
            var found = await places.SearchAsync(name, null, context, 5, ct);
            hits.AddRange(Named(name, found, context));
        }
        // Places in the article's countries first, then the most precise: a town names where it happened better than its country.
        var ordered = hits.DistinctBy(h => (h.Name, h.Country))
            .OrderBy(h => context.Contains(h.Country) ? 0 : 1).ThenBy(h => h.Precision).ToList();
        return new EventSuggestions(SuggestDate(sentence, published), SuggestType(sentence), ordered);
    }

    /// <summary>The hits that are the place <paramref name="name"/> means: known places before gazetteer towns, and
    /// only the best town in the article's countries (a country's name means the country, not a town called so).</summary>
    private static IEnumerable<PlaceHit> Named(string name, IReadOnlyList<PlaceHit> found, IReadOnlyCollection<string> context)
    {
        var named = found.Where(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(h.MatchedAs, name, StringComparison.OrdinalIgnoreCase)
            || h.Name.StartsWith(name + ",", StringComparison.OrdinalIgnoreCase)).ToList();
        if (CountryMentions.CodeOf(name) is { } country) return named.Where(h => h.Country == country);
        var known = named.Where(h => h.PlaceId is not null).ToList();
        if (known.Count > 0) return known;
        if (context.Count == 0) return named.Take(3);
        return named.Where(h => context.Contains(h.Country)).Take(1);
    }

    [GeneratedRegex(@"\b\p{Lu}[\p{L}\-]+(?:['’]s)?(?:\s+\p{Lu}[\p{L}\-]+(?:['’]s)?){0,3}")]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"['’]s$")]
    private static partial Regex PossessiveEnd();
}
