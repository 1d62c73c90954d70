using System.Globalization;
using TimelineApp.Events;
using TimelineApp.Filtering;

namespace TimelineApp.Filtering;

/// <summary>How the timeline page shows its events: the list alone, the list beside the map (<c>view=split</c>), or the time axis (<c>view=axis</c>).</summary>
public enum TimelineLayout { List, Split, Axis }

/// <summary>Everything the timeline shows, as read from its URL: the filter, the page, the selected event, the layout.</summary>
public sealed record TimelineState(EventFilter Filter, int Page, string? Selected, IReadOnlyList<FilterProblem> Problems)
{
    public static readonly TimelineState Empty = new(EventFilter.None, 1, null, []);

    public TimelineLayout Layout { get; init; }

    /// <summary>"/?type=airstrike&amp;event=…&amp;view=split": the filter plus page, selection and layout (defaults left out).</summary>
    public string ToUrl() => "/" + Filter.ToQueryString(
        ("page", Page > 1 ? Page.ToString(CultureInfo.InvariantCulture) : null),
        ("event", Selected),
        ("view", Layout switch { TimelineLayout.Split => "split", TimelineLayout.Axis => "axis", _ => null }));

    /// <summary>The same events on the map page ("/map?type=airstrike&amp;event=…").</summary>
    public string ToMapUrl() => "/map" + Filter.ToQueryString(("event", Selected));

    /// <summary>A new filter starts again at page 1; the selection stays.</summary>
    public TimelineState With(EventFilter filter) => this with { Filter = filter, Page = 1 };

    /// <summary>No filters (the sort order and the layout stay).</summary>
    public TimelineState Cleared() => Empty with { Filter = EventFilter.None with { Sort = Filter.Sort }, Layout = Layout };
}

/// <summary>Reads the timeline's query string with the one <see cref="FilterReader"/>; what is not understood is dropped and reported, never thrown.</summary>
public static class TimelineUrl
{
    public const int MaxPage = 100_000;

    /// <param name="knownTypes">The taxonomy's type ids (others are dropped and reported); null leaves the types unchecked.</param>
    public static TimelineState Parse(string uriOrQuery, IReadOnlyCollection<string>? knownTypes)
    {
        var values = FilterReader.QueryOf(uriOrQuery);
        var reading = FilterReader.Read(values, knownTypes);
        var filter = reading.Filter;
        var problems = reading.Problems.ToList();

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
        var layout = TimelineLayout.List;
        if (values.TryGetValue("view", out var viewText) && viewText.LastOrDefault()?.Trim() is { Length: > 0 } view)
        {
            switch (view.ToLowerInvariant())
            {
                case "list": break;
                case "split": layout = TimelineLayout.Split; break;
                case "axis": layout = TimelineLayout.Axis; break;
                default: problems.Add(new("view", $"'{Shorten(view)}' is not a view; use list, split or axis")); break;
            }
        }
        return new TimelineState(filter, page, selected, problems) { Layout = layout };
    }

    private static string Shorten(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
