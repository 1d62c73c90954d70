using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;
using TimelineApp.Data;
using TimelineApp.Events;

namespace TimelineApp.Filtering;

/// <summary>
/// The one filter reader: every endpoint and page (API, map features, exports, embeds, oEmbed, the timeline and map
/// pages) reads its query string here. It parses with <see cref="EventFilter.Parse(IEnumerable{KeyValuePair{string, StringValues}})"/>
/// (dates in any script's digits, ISO country codes) and checks event types against one list, <see cref="ReaderTypes"/>,
/// so an archived type no published event has gets the same "unknown event type" answer everywhere.
/// Unknown types are reported and dropped from the filter; endpoints answer 400 for any problem, pages show it.
/// </summary>
public static class FilterReader
{
    /// <param name="knownTypes">The reader types' ids; null leaves the types unchecked (a page before its taxonomy has loaded).</param>
    public static FilterReading Read(IEnumerable<KeyValuePair<string, StringValues>> query, IReadOnlyCollection<string>? knownTypes)
    {
        var (filter, parsed) = EventFilter.Parse(query);
        var problems = parsed.ToList();
        var unknown = knownTypes is null ? [] : filter.Types.Where(t => !knownTypes.Contains(t)).ToList();
        if (unknown.Count > 0)
        {
            problems.Add(new("type", $"unknown event type '{string.Join("', '", unknown)}'; known types: {string.Join(", ", knownTypes!.Order(StringComparer.Ordinal))}"));
            filter = filter with { Types = filter.Types.Where(knownTypes!.Contains).ToList() };
        }
        return new FilterReading(filter, problems);
    }

    /// <summary>Reads "?from=…" (or a whole URL; the fragment is ignored).</summary>
    public static FilterReading Read(string uriOrQuery, IReadOnlyCollection<string>? knownTypes) => Read(QueryOf(uriOrQuery), knownTypes);

    /// <summary>Reads a request's filter, checking its types against the reader types it loads from <paramref name="db"/>.</summary>
    public static async Task<(FilterReading Reading, IReadOnlyDictionary<string, EventType> Types)> ReadAsync(
        IQueryCollection query, TimelineDb db, CancellationToken ct)
    {
        var types = await ReaderTypes(db).ToDictionaryAsync(t => t.Id, StringComparer.Ordinal, ct);
        return (Read(query, types.Keys), types);
    }

    /// <summary>The types readers meet and may filter by: those in use, and archived ones that published events still have.</summary>
    public static IQueryable<EventType> ReaderTypes(TimelineDb db) => db.EventTypes.AsNoTracking()
        .Where(t => !t.IsArchived || db.Events.Any(e => e.TypeId == t.Id && e.Status == EventStatus.Published))
        .OrderBy(t => t.SortOrder);

    public static Dictionary<string, StringValues> QueryOf(string uriOrQuery)
    {
        var queryStart = uriOrQuery.IndexOf('?');
        var query = queryStart < 0 ? "" : uriOrQuery[queryStart..];
        var hash = query.IndexOf('#');
        if (hash >= 0) query = query[..hash];
        return QueryHelpers.ParseQuery(query);
    }

    public static IResult Problem(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: $"Invalid query parameter{(errors.Count > 1 ? "s" : "")}: {string.Join(", ", errors.Keys)}");
}
