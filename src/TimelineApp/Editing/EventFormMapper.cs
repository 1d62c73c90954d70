using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;
using TimelineApp.Events;

namespace TimelineApp.Editing;

/// <summary>Event ↔ form. Applying a form resolves places, actors and articles to rows (existing ones reused).</summary>
public static class EventFormMapper
{
    public static EventForm FromEvent(Event e) => new()
    {
        Id = e.Id,
        Version = e.Version,
        Title = e.Title,
        Summary = e.Summary,
        TypeId = e.TypeId,
        Start = e.Dates.Start.Format(),
        End = e.Dates.End?.Format(),
        Approximate = e.Approximate,
        DateNote = e.DateNote,
        Time = EventTime.Format(e.LocalTime),
        TimeZone = e.TimeZone,
        Place = e.Place is { } p
            ? new PlaceForm { PlaceId = p.Id, Name = p.Name, Country = p.Country, Latitude = p.Latitude, Longitude = p.Longitude, GeoPrecision = p.GeoPrecision }
            : new PlaceForm(),
        Actors = e.Actors.Select(a => new ActorForm { Name = a.Actor.Name, Role = a.Role, Kind = a.Actor.Kind }).ToList(),
        Tags = string.Join(", ", e.Tags.Select(t => t.Tag).Order(StringComparer.Ordinal)),
        Citations = e.Citations.OrderBy(c => c.SortOrder).ThenBy(c => c.Id).Select(c => new CitationForm
        {
            ArticleId = c.ArticleId,
            Quote = c.Quote,
            Claims = c.Claims.OrderBy(k => k.Id).Select(k => new ClaimForm
            {
                Claimant = k.Claimant, Qualifier = k.Qualifier, KilledMin = k.KilledMin, KilledMax = k.KilledMax, Injured = k.Injured, Note = k.Note,
            }).ToList(),
        }).ToList(),
    };

    /// <summary>Writes a validated form onto a tracked event (loaded with its details, or new).</summary>
    public static async Task ApplyAsync(TimelineDb db, EventForm f, Event e, CancellationToken ct = default, IEntityResolver? resolver = null)
    {
        resolver ??= new DbEntityResolver(db);
        e.Title = f.Title.Trim();
        e.Summary = f.Summary.Trim();
        e.TypeId = f.TypeId;
        e.Type = await resolver.TypeAsync(f.TypeId, ct);
        e.Dates = EventFormValidator.ReadDates(f) ?? throw new InvalidOperationException("Apply a validated form only.");
        e.DateNote = Blank(f.DateNote);
        e.LocalTime = EventTime.Parse(f.Time);
        e.TimeZone = e.LocalTime is null ? null : f.TimeZone?.Trim();
        e.Place = f.Place.IsEmpty ? null : await resolver.PlaceAsync(f.Place, ct);
        e.PlaceId = e.Place?.Id is > 0 ? e.Place.Id : null;

        db.EventActors.RemoveRange(e.Actors);
        e.Actors = [];
        foreach (var a in f.Actors)
        {
            e.Actors.Add(new EventActor { Actor = await resolver.ActorAsync(a, ct), Role = a.Role.Trim().ToLowerInvariant() });
        }

        db.EventTags.RemoveRange(e.Tags);
        e.Tags = f.TagList().Select(t => new EventTag { Tag = t }).ToList();

        foreach (var old in e.Citations) db.Claims.RemoveRange(old.Claims);
        db.Citations.RemoveRange(e.Citations);
        e.Citations = [];
        foreach (var (c, i) in f.Citations.Select((c, i) => (c, i)))
        {
            e.Citations.Add(new Citation
            {
                ArticleId = c.ArticleId, Article = await resolver.ArticleAsync(c.ArticleId, ct), Quote = c.Quote, SortOrder = i,
                Claims = c.Claims.Select(k => new Claim
                {
                    Claimant = Blank(k.Claimant), Qualifier = Blank(k.Qualifier), KilledMin = k.KilledMin, KilledMax = k.KilledMax,
                    Injured = k.Injured, Note = Blank(k.Note),
                }).ToList(),
            });
        }
    }

    internal static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
