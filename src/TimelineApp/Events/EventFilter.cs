using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using NodaTime;
using TimelineApp.Dates;

namespace TimelineApp.Events;

public enum SortOrder { Oldest, Newest }

/// <summary>A query-string value that was not understood and was ignored.</summary>
public sealed record FilterProblem(string Parameter, string Message);

/// <summary>
/// What a reader has selected. The timeline, the map, the API and the exports all read it from the
/// query string with <see cref="Parse"/> and write it back with <see cref="ToQueryString"/>, so any view is a URL.
/// </summary>
public sealed record EventFilter
{
    public LocalDate? From { get; init; }
    public LocalDate? To { get; init; }
    public IReadOnlyList<string> Types { get; init; } = [];
    public string? Country { get; init; }
    public string? Actor { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];
    public string? Text { get; init; }
    public SortOrder Sort { get; init; }

    public static readonly EventFilter None = new();

    /// <summary>The query parameters this filter reads; a view's others (page, event, view) are not part of the selection.</summary>
    public static readonly IReadOnlySet<string> Parameters = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        { "from", "to", "type", "country", "actor", "tag", "q", "sort" };

    public bool IsEmpty => this with { Sort = SortOrder.Oldest } == None;

    /// <summary>Reads the filter; values that are not understood are left out and reported, never thrown.</summary>
    public static (EventFilter Filter, IReadOnlyList<FilterProblem> Problems) Parse(IEnumerable<KeyValuePair<string, StringValues>> query)
    {
        var problems = new List<FilterProblem>();
        var f = new EventFilter();
        foreach (var (key, values) in query)
        {
            var last = values.LastOrDefault()?.Trim();
            switch (key.ToLowerInvariant())
            {
                case "from": f = f with { From = ParseDate(key, last, d => d.Start, problems) }; break;
                case "to": f = f with { To = ParseDate(key, last, d => d.Last, problems) }; break;
                case "type": f = f with { Types = Words(values, 40) }; break;
                case "country":
                    if (Filtering.IsoCountries.IsCode(last)) f = f with { Country = last!.ToUpperInvariant() };
                    else if (!string.IsNullOrEmpty(last)) problems.Add(new(key, Filtering.IsoCountries.Problem(last)));
                    break;
                case "actor": f = f with { Actor = string.IsNullOrWhiteSpace(last) ? null : Bound(last, 200) }; break;
                case "tag": f = f with { Tags = Words(values, 60) }; break;
                case "q": f = f with { Text = string.IsNullOrWhiteSpace(last) ? null : Bound(last, 200) }; break;
                case "sort":
                    if (string.Equals(last, "newest", StringComparison.OrdinalIgnoreCase)) f = f with { Sort = SortOrder.Newest };
                    else if (!string.IsNullOrEmpty(last) && !string.Equals(last, "oldest", StringComparison.OrdinalIgnoreCase))
                        problems.Add(new(key, $"'{last}' is not a sort order; use oldest or newest"));
                    break;
            }
        }
        if (f.From is { } from && f.To is { } to && to < from)
        {
            problems.Add(new("to", $"'to' ({to:uuuu-MM-dd}) is before 'from' ({from:uuuu-MM-dd}); the dates were ignored"));
            f = f with { From = null, To = null };
        }
        return (f, problems);
    }

    public static (EventFilter Filter, IReadOnlyList<FilterProblem> Problems) Parse(string queryString) =>
        Parse(QueryHelpers.ParseQuery(queryString));

    /// <summary>The filter as query parameters (defaults left out), in a stable order.</summary>
    public IEnumerable<KeyValuePair<string, string>> ToParameters()
    {
        if (From is { } from) yield return new("from", from.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        if (To is { } to) yield return new("to", to.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        foreach (var t in Types) yield return new("type", t);
        if (Country is not null) yield return new("country", Country);
        if (Actor is not null) yield return new("actor", Actor);
        foreach (var t in Tags) yield return new("tag", t);
        if (Text is not null) yield return new("q", Text);
        if (Sort == SortOrder.Newest) yield return new("sort", "newest");
    }

    /// <summary>"?from=2015-02-01&amp;type=airstrike" (or "" when nothing is selected), plus any extra parameters.</summary>
    public string ToQueryString(params (string Key, string? Value)[] extra)
    {
        var parts = ToParameters().Concat(extra.Where(e => e.Value is not null).Select(e => new KeyValuePair<string, string>(e.Key, e.Value!)))
            .Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}").ToList();
        return parts.Count == 0 ? "" : "?" + string.Join("&", parts);
    }

    public bool Equals(EventFilter? other) =>
        other is not null && From == other.From && To == other.To && Types.SequenceEqual(other.Types) && Country == other.Country
        && Actor == other.Actor && Tags.SequenceEqual(other.Tags) && Text == other.Text && Sort == other.Sort;

    public override int GetHashCode() => HashCode.Combine(From, To, Types.Count, Country, Actor, Tags.Count, Text, Sort);

    private static LocalDate? ParseDate(string key, string? text, Func<PartialDate, LocalDate> pick, List<FilterProblem> problems)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (PartialDate.TryParse(text, out var d)) return pick(d);
        problems.Add(new(key, $"'{text}' is not a date like 2015-02-16, 2015-02 or 2015"));
        return null;
    }

    private static string Bound(string s, int max) => s.Length <= max ? s : s[..max];

    private static IReadOnlyList<string> Words(StringValues values, int max) =>
        values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => Bound(v.ToLowerInvariant(), max)).Distinct().Take(20).ToList();
}
