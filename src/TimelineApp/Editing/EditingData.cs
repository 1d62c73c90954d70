using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Data;
using TimelineApp.Events;

namespace TimelineApp.Editing;

/// <summary>Small reads and writes every editing service needs.</summary>
internal static class EditingData
{
    /// <summary>
    /// "Today" for the no-future-dates rule: the date where the day begins first (UTC+14), so an editor
    /// anywhere can enter something that happened on their today.
    /// </summary>
    public static LocalDate Today(IClock clock) => clock.GetCurrentInstant().InZone(DateTimeZone.ForOffset(Offset.FromHours(14))).Date;

    public static async Task<EditingReferenceData> ReferenceDataAsync(TimelineDb db, IClock clock, IEnumerable<int> articleIds, CancellationToken ct)
    {
        var ids = articleIds.Where(i => i > 0).Distinct().ToList();
        var types = await db.EventTypes.Where(t => !t.IsArchived).Select(t => t.Id).ToListAsync(ct);
        var texts = await db.Articles.Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Text, ct);
        return new EditingReferenceData(Today(clock), types.ToHashSet(), texts);
    }

    public static Task<Event?> LoadEventAsync(TimelineDb db, int id, CancellationToken ct) =>
        EventQuery.WithDetails(db.Events.Where(e => e.Id == id)).SingleOrDefaultAsync(ct);

    public static async Task<int> NextRevisionNumberAsync(TimelineDb db, int eventId, CancellationToken ct) =>
        (await db.Revisions.Where(r => r.EventId == eventId).MaxAsync(r => (int?)r.Number, ct) ?? 0) + 1;

    /// <summary>Adds a revision of the event's current (applied) state.</summary>
    public static async Task<Revision> AddRevisionAsync(TimelineDb db, Event e, EventForm form, string kind, string by, Instant at,
        string? note, bool pending, CancellationToken ct)
    {
        var revision = new Revision
        {
            EventId = e.Id, Number = await NextRevisionNumberAsync(db, e.Id, ct), At = at, By = by, Kind = kind,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(), IsPending = pending, Snapshot = EditSnapshot.ToJson(e, form),
        };
        db.Revisions.Add(revision);
        return revision;
    }

    public static async Task<string> UniqueSlugAsync(TimelineDb db, string title, CancellationToken ct)
    {
        var stem = EventRules.Slugify(title);
        var taken = (await db.Events.Where(e => e.Slug.StartsWith(stem)).Select(e => e.Slug).ToListAsync(ct))
            .Concat(await db.SlugAliases.Where(a => a.Slug.StartsWith(stem)).Select(a => a.Slug).ToListAsync(ct))
            .Concat(db.Events.Local.Select(e => e.Slug)).ToHashSet();
        return FreeSlug(stem, taken);
    }

    /// <summary>The stem, or the stem with -2, -3… when it is taken.</summary>
    public static string FreeSlug(string stem, ISet<string> taken)
    {
        var slug = stem;
        for (var n = 2; taken.Contains(slug); n++) slug = $"{stem}-{n}";
        return slug;
    }
}
