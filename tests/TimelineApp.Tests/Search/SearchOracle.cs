using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;

namespace TimelineApp.Tests.Search;

/// <summary>
/// What a reader's search may find, worked out here without the app's search code: an event whose title, summary,
/// place, actors or quotes hold every word of the text (the last word as a prefix), ignoring case and accents.
/// </summary>
public static partial class SearchOracle
{
    public static IReadOnlyList<string> Words(string text) => Word().Matches(Fold(text)).Select(m => m.Value).ToList();

    /// <summary>The slugs among <paramref name="slugs"/> whose text does not hold every word of <paramref name="q"/>.</summary>
    public static async Task<IReadOnlyList<string>> NotMatchingAsync(TimelineDb db, IEnumerable<string> slugs, string q)
    {
        var wanted = Words(q);
        var list = slugs.ToList();
        var events = await db.Events.AsNoTracking().Where(e => list.Contains(e.Slug))
            .Select(e => new
            {
                e.Slug, e.Title, e.Summary, Place = e.Place == null ? "" : e.Place.Name + " " + e.Place.Country,
                Actors = e.Actors.Select(a => a.Actor.Name).ToList(), Quotes = e.Citations.Select(c => c.Quote).ToList(),
            }).ToListAsync();
        return events.Where(e =>
        {
            var words = Words(string.Join(' ', [e.Title, e.Summary, e.Place, .. e.Actors, .. e.Quotes])).ToHashSet();
            return !wanted.Select((w, i) => i == wanted.Count - 1 ? words.Any(x => x.StartsWith(w, StringComparison.Ordinal)) : words.Contains(w)).All(x => x);
        }).Select(e => e.Slug).ToList();
    }

    private static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        return new string(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
