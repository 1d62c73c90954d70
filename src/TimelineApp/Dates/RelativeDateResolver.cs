using System.Text.RegularExpressions;
using NodaTime;

namespace TimelineApp.Dates;

/// <summary>A date phrase found in a sentence and what it means against the article's publication date.</summary>
public sealed record RelativeDateMatch(string Phrase, int Index, DateSpan Span, string Explanation);

/// <summary>
/// Resolves the relative dates news writes ("on Monday", "last June", "in October", "today", "this week")
/// against the day the article was published. News reports the past, so a weekday or month name means
/// the most recent one on or before publication ("last" excludes the current month).
/// </summary>
public static partial class RelativeDateResolver
{
    public static IReadOnlyList<RelativeDateMatch> FindAll(string sentence, LocalDate published)
    {
        var found = new List<RelativeDateMatch>();
        foreach (Match m in Phrase().Matches(sentence))
        {
            var resolved = Resolve(m, published);
            if (resolved is { } r) found.Add(new RelativeDateMatch(m.Value, m.Index, r.Span, r.Why));
        }
        return found;
    }

    /// <summary>The first resolvable date phrase in the sentence, if any.</summary>
    public static RelativeDateMatch? FindFirst(string sentence, LocalDate published) =>
        FindAll(sentence, published).FirstOrDefault();

    private static (DateSpan Span, string Why)? Resolve(Match m, LocalDate pub)
    {
        var pubText = PartialDate.Day(pub.Year, pub.Month, pub.Day).Format();
        if (m.Groups["today"].Success)
            return (Exact(pub), $"\"{m.Value}\" = the publication day, {pubText}");
        if (m.Groups["yesterday"].Success)
            return (Exact(pub.PlusDays(-1)), $"\"{m.Value}\" = the day before publication ({pubText})");
        if (m.Groups["weekday"].Success)
        {
            var day = Enum.Parse<IsoDayOfWeek>(m.Groups["weekday"].Value, ignoreCase: true);
            // "last Tuesday" written on a Tuesday means a week ago; "on Tuesday" means the day itself.
            var isLast = m.Groups["lastweekday"].Success;
            var date = pub.DayOfWeek == day && !isLast ? pub : pub.Previous(day);
            return (Exact(date), $"\"{m.Value}\" = the most recent {day} {(isLast ? "before" : "on or before")} publication ({pubText})");
        }
        if (m.Groups["month"].Success && MonthNames.Parse(m.Groups["month"].Value) is { } month)
        {
            var isLast = m.Groups["last"].Success;
            var year = month < pub.Month || (month == pub.Month && !isLast) ? pub.Year : pub.Year - 1;
            return (new DateSpan(PartialDate.Month(year, month), null, false),
                $"\"{m.Value}\" = the most recent {(isLast ? "past " : "")}{m.Groups["month"].Value} before publication ({pubText})");
        }
        if (m.Groups["lastyear"].Success)
            return (new DateSpan(PartialDate.Year(pub.Year - 1), null, false), $"\"{m.Value}\" = the year before publication ({pubText})");
        if (m.Groups["year"].Success && int.TryParse(m.Groups["year"].Value, out var y) && y <= pub.Year)
            return (new DateSpan(PartialDate.Year(y), null, false), $"\"{m.Value}\" = the year {y}");
        if (m.Groups["thisweek"].Success)
        {
            var monday = pub.DayOfWeek == IsoDayOfWeek.Monday ? pub : pub.Previous(IsoDayOfWeek.Monday);
            return (new DateSpan(PartialDate.Day(monday.Year, monday.Month, monday.Day), PartialDate.Day(pub.Year, pub.Month, pub.Day), true),
                $"\"{m.Value}\" = the week of publication, Monday to {pubText}");
        }
        return null;
    }

    private static DateSpan Exact(LocalDate d) => new(PartialDate.Day(d.Year, d.Month, d.Day), null, false);

    [GeneratedRegex(@"\b(?:(?<today>today|this morning|tonight)|(?<yesterday>yesterday)|(?:on\s+|(?<lastweekday>last)\s+)?(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s|’s)?|(?:(?<last>last)\s+|in\s+|since\s+)(?<month>January|February|March|April|May|June|July|August|September|October|November|December)(?!\s+[0-9])|(?<lastyear>last\s+year)|in\s+(?<year>(?:19|20)[0-9][0-9])|(?<thisweek>(?:early\s+|earlier\s+)?this\s+week))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Phrase();
}
