using System.Text.Json;
using System.Text.Json.Nodes;
using TimelineApp.Data;
using TimelineApp.Events;

namespace TimelineApp.Editing;

/// <summary>
/// A revision's JSON: the public shape from <see cref="EventSnapshot"/> plus, under "edit", the editor's form
/// (end-date precision, time zone, which claim belongs to which citation), so any revision can be restored exactly.
/// </summary>
public static class EditSnapshot
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string ToJson(Event e, EventForm form)
    {
        var node = JsonNode.Parse(EventSnapshot.ToJson(e))!.AsObject();
        var copy = form.Clone();
        copy.Id = null;
        copy.Version = 0;
        copy.Note = null;
        node["edit"] = JsonSerializer.SerializeToNode(copy, Options);
        return node.ToJsonString(Options);
    }

    public static EventDto? ReadDto(string json) => EventSnapshot.FromJson(json);

    /// <summary>Whether the snapshot carries the form (older ones, such as the seed's, have the public shape only).</summary>
    public static bool HasFormDetails(string json) => JsonNode.Parse(json)?["edit"] is not null;

    /// <summary>The form a revision describes; older snapshots without "edit" are rebuilt from the public shape.</summary>
    public static EventForm ReadForm(string json)
    {
        var node = JsonNode.Parse(json)?.AsObject();
        if (node?["edit"] is { } edit) return edit.Deserialize<EventForm>(Options) ?? new EventForm();
        return ReadDto(json) is { } dto ? FromDto(dto) : new EventForm();
    }

    public static EventForm Clone(this EventForm form) =>
        JsonSerializer.Deserialize<EventForm>(JsonSerializer.Serialize(form, Options), Options)!;

    private static EventForm FromDto(EventDto d)
    {
        EnumText.TryParseKebab<Dates.DatePrecision>(d.DatePrecision, out var precision);
        string Date(string iso) => Dates.PartialDate.Of(NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value, precision).Format();
        var claims = d.Claims.ToList();
        return new EventForm
        {
            Title = d.Title, Summary = d.Summary, TypeId = d.Type, Start = Date(d.StartDate), End = d.EndDate is { } end ? Date(end) : null,
            Approximate = d.Approximate,
            Place = d.Place is { } p ? new PlaceForm
            {
                Name = p.Name, Country = p.Country, Latitude = p.Latitude, Longitude = p.Longitude,
                GeoPrecision = EnumText.TryParseKebab<GeoPrecision>(p.GeoPrecision, out var g) ? g : GeoPrecision.Town,
            } : new PlaceForm(),
            Actors = d.Actors.Select(a => new ActorForm { Name = a.Name, Role = a.Role }).ToList(),
            Tags = string.Join(", ", d.Tags),
            // The public shape does not say which citation a claim came from; each goes to the first citation of its outlet.
            Citations = d.Citations.Select((c, i) => new CitationForm
            {
                ArticleId = c.ArticleId, Quote = c.Quote,
                Claims = d.Citations.FindIndex(x => x.Outlet == c.Outlet) != i ? [] : claims.Where(k => k.Outlet == c.Outlet).Select(k => new ClaimForm
                {
                    Claimant = k.Source == k.Outlet ? null : k.Source, Qualifier = k.Qualifier,
                    KilledMin = k.KilledMin, KilledMax = k.KilledMax, Injured = k.Injured, Note = k.Note,
                }).ToList(),
            }).ToList(),
        };
    }

    private static int FindIndex<T>(this IReadOnlyList<T> list, Func<T, bool> match)
    {
        for (var i = 0; i < list.Count; i++) if (match(list[i])) return i;
        return -1;
    }
}
