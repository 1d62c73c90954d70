using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;
using TimelineApp.Events;

namespace TimelineApp.Export;

/// <summary>
/// The selected events with their details, in the filter's order, a chunk at a time: only the ids (at most the
/// export limit) and one chunk of events are ever in memory, however large the table.
/// </summary>
public static class ExportSource
{
    public const int ChunkSize = 200;

    public static async IAsyncEnumerable<Event> StreamAsync(TimelineDb db, EventFilter filter, int limit,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        var ids = await EventQuery.Ordered(EventQuery.Filtered(db, filter), filter.Sort)
            .Select(e => e.Id).Take(limit).ToListAsync(ct);
        foreach (var chunk in ids.Chunk(ChunkSize))
        {
            var events = await EventQuery.WithDetails(db.Events.AsNoTracking()
                    .Where(e => chunk.Contains(e.Id) && e.Status == EventStatus.Published))
                .ToDictionaryAsync(e => e.Id, ct);
            foreach (var id in chunk)
            {
                // An event unpublished between the two queries is left out rather than shown.
                if (events.TryGetValue(id, out var e)) yield return e;
            }
        }
    }
}
