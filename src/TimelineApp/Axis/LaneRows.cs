using TimelineApp.Data;
using TimelineApp.Events;
using TimelineApp.Timeline;
using TimelineApp.Common;

namespace TimelineApp.Axis;

/// <summary>A published event paired with the lane it is drawn in (an event with two actors is in both actors' lanes).</summary>
public sealed class LaneRow
{
    public required Event Event { get; init; }
    public required string Lane { get; init; }
}

/// <summary>The filtered events by lane, and the lanes' order and names; "" is the lane of events with no country or actor.</summary>
public static class LaneRows
{
    public static IQueryable<LaneRow> For(TimelineDb db, EventFilter filter, LaneKind lanes)
    {
        var events = EventQuery.Filtered(db, filter);
        return lanes switch
        {
            LaneKind.Country => events.Select(e => new LaneRow { Event = e, Lane = e.Place != null ? e.Place.Country : "" }),
            LaneKind.Actor => from e in events
                              from a in e.Actors.DefaultIfEmpty()
                              select new LaneRow { Event = e, Lane = a != null ? a.Actor.Name : "" },
            _ => events.Select(e => new LaneRow { Event = e, Lane = e.TypeId }),
        };
    }

    /// <summary>Types in the taxonomy's order; countries and actors busiest first; the unnamed lane last.</summary>
    public static IEnumerable<string> Order(IReadOnlyDictionary<string, int> counts, LaneKind lanes, IReadOnlyDictionary<string, EventType> types) =>
        lanes == LaneKind.Type
            ? counts.Keys.OrderBy(k => types.GetValueOrDefault(k)?.SortOrder ?? int.MaxValue).ThenBy(k => k, StringComparer.Ordinal)
            : counts.OrderBy(kv => kv.Key.Length == 0).ThenByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key);

    public static string Label(string key, LaneKind lanes, IReadOnlyDictionary<string, EventType> types) => (key, lanes) switch
    {
        (AxisQuery.OtherLane, _) => lanes == LaneKind.Country ? "Other countries" : lanes == LaneKind.Actor ? "Other actors" : "Other types",
        ("", LaneKind.Country) => "No place",
        ("", LaneKind.Actor) => "No actor named",
        (_, LaneKind.Country) => CountryNames.Name(key),
        (_, LaneKind.Type) => types.GetValueOrDefault(key)?.Name ?? key,
        _ => key,
    };
}
