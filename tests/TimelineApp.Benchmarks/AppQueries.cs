using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Data;
using TimelineApp.Events;

namespace TimelineApp.Benchmarks;

/// <summary>The same reads through the app's own code: EventQuery, as the timeline, API and map use it.</summary>
internal sealed class AppQueries(IServiceProvider services)
{
    private readonly IDbContextFactory<TimelineDb> _dbFactory = services.GetRequiredService<IDbContextFactory<TimelineDb>>();

    public async Task<(int Total, List<long> Ids)> PageAsync(EventFilter filter, int pageSize)
    {
        await using var scope = services.CreateAsyncScope();
        var page = await scope.ServiceProvider.GetRequiredService<EventQuery>().PageAsync(filter, 1, pageSize);
        return (page.Total, page.Items.Select(e => (long)e.Id).ToList());
    }

    /// <summary>Map markers: EventQuery.Filtered with the projection the map reads.</summary>
    public async Task<List<long>> MapAsync(LocalDate from, LocalDate to)
    {
        await using var db = await _dbFactory.CreateDbContextAsync();
        var rows = await MapQuery(db, from, to).ToListAsync();
        return rows.Select(r => (long)r.Id).ToList();
    }

    public static IQueryable<MapRow> MapQuery(TimelineDb db, LocalDate from, LocalDate to) =>
        EventQuery.Filtered(db, new EventFilter { From = from, To = to }).Where(e => e.Place != null)
            .Select(e => new MapRow(e.Id, e.Place!.Latitude, e.Place.Longitude, e.TypeId));

    internal sealed record MapRow(int Id, double Latitude, double Longitude, string Type);
}
