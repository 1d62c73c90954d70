using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using TimelineApp.Events;

namespace TimelineApp.Timeline;

/// <summary>Everything the timeline shows, as read from its URL: the filter, the page, the selected event.</summary>
public sealed record TimelineState(EventFilter Filter, int Page, string? Selected, IReadOnlyList<FilterProblem> Problems)
{
    public static readonly TimelineState Empty = new(EventFilter.None, 1, null, []);

    /// <summary>"/?type=airstrike&amp;event=…": the filter plus page and selection (defaults left out).</summary>
    public string ToUrl() => "/" + Filter.ToQueryString(
        ("page", Page > 1 ? Page.ToString(CultureInfo.InvariantCulture) : null),
        ("event", Selected));

    /// <summary>A new filter starts again at page 1; the selection stays.</summary>
    public TimelineState With(EventFilter filter) => this with { Filter = filter, Page = 1 };
}

/// <summary>Reads the timeline's query string; what is not understood is dropped and reported, never thrown.</summary>
public static class TimelineUrl
{
    public const int MaxPage = 100_000;

    public static TimelineState Parse(string uriOrQuery, IReadOnlyCollection<string> knownTypes)
    {
        var queryStart = uriOrQuery.IndexOf('?');
        var query = queryStart < 0 ? "" : uriOrQuery[queryStart..];
        var hash = query.IndexOf('#');
        if (hash >= 0) query = query[..hash];
        var values = QueryHelpers.ParseQuery(query);
        var (filter, parsed) = EventFilter.Parse(values);
        var problems = parsed.ToList();

        var unknown = filter.Types.Where(t => !knownTypes.Contains(t)).ToList();
        if (unknown.Count > 0)
        {
            problems.Add(new("type", $"unknown event type {string.Join(", ", unknown.Select(u => $"'{u}'"))}"));
            filter = filter with { Types = filter.Types.Where(knownTypes.Contains).ToList() };
        }

        var page = 1;
        if (values.TryGetValue("page", out var pageText) && pageText.LastOrDefault() is { Length: > 0 } p)
        {
            if (int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxPage) page = n;
            else problems.Add(new("page", $"'{p}' is not a page number"));
        }

        string? selected = null;
        if (values.TryGetValue("event", out var slugText) && slugText.LastOrDefault()?.Trim() is { Length: > 0 } slug)
        {
            if (EventRules.IsSlug(slug)) selected = slug;
            else problems.Add(new("event", $"'{Shorten(slug)}' is not an event address"));
        }
        return new TimelineState(filter, page, selected, problems);
    }

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
