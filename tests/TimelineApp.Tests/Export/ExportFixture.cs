using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Data;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Export;

/// <summary>
/// The seeded app plus two events the seeds lack: one whose title is HTML/script, and one with a local time and
/// zone whose title needs iCalendar escaping. Shared by the read-only export tests.
/// </summary>
public sealed class ExportFixture : IAsyncLifetime, IAsyncDisposable
{
    public const string TimedTitle = @"Envoys meet; talks, ""frank"" \ brief";
    public TimelineFactory Factory { get; } = new();
    public HttpClient Client { get; private set; } = null!;
    public string HostileSlug { get; private set; } = "";
    public string TimedSlug { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Client = Factory.CreateClient();
        await using var db = Factory.CreateDb();
        HostileSlug = (await ExportTestData.AddEventAsync(db, ExportTestData.HostileTitle, "bombing")).Slug;
        TimedSlug = (await ExportTestData.AddEventAsync(db, TimedTitle, "diplomatic-meeting", time: new LocalTime(14, 30), zone: "Africa/Cairo")).Slug;
    }

    public async Task<int> PublishedCountAsync(Func<IQueryable<Event>, IQueryable<Event>>? filter = null)
    {
        await using var db = Factory.CreateDb();
        var q = db.Events.Where(e => e.Status == EventStatus.Published);
        return await (filter is null ? q : filter(q)).CountAsync();
    }

    public async Task<HttpResponseMessage> GetAsync(string url, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (ifNoneMatch is not null) request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(ifNoneMatch));
        return await Client.SendAsync(request);
    }

    public Task DisposeAsync()
    {
        Client?.Dispose();
        Factory.Dispose();
        return Task.CompletedTask;
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();
}
