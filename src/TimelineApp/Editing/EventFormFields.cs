using System.Globalization;
using TimelineApp.Dates;

namespace TimelineApp.Editing;

/// <summary>One comparable part of an event form: how it reads to a person, and how to copy it from another form.</summary>
public sealed record FormField(string Name, Func<EventForm, IReadOnlyDictionary<int, string>, string> Show, Action<EventForm, EventForm> CopyTo);

public sealed record FieldChange(string Field, string Before, string After);

/// <summary>The fields revision diffs and conflict merges work with, in form order.</summary>
public static class EventFormFields
{
    public static readonly IReadOnlyList<FormField> All =
    [
        new("Title", (f, _) => f.Title.Trim(), (from, to) => to.Title = from.Title),
        new("Summary", (f, _) => f.Summary.Trim(), (from, to) => to.Summary = from.Summary),
        new("Type", (f, _) => f.TypeId, (from, to) => to.TypeId = from.TypeId),
        new("Start date", (f, _) => Date(f.Start), (from, to) => to.Start = from.Start),
        new("End date", (f, _) => Date(f.End), (from, to) => to.End = from.End),
        new("Approximate", (f, _) => f.Approximate ? "yes" : "no", (from, to) => to.Approximate = from.Approximate),
        new("Date note", (f, _) => f.DateNote?.Trim() ?? "", (from, to) => to.DateNote = from.DateNote),
        new("Time", (f, _) => string.IsNullOrWhiteSpace(f.Time) ? "" : $"{f.Time.Trim()} ({f.TimeZone?.Trim()})",
            (from, to) => (to.Time, to.TimeZone) = (from.Time, from.TimeZone)),
        new("Place", (f, _) => Place(f.Place), (from, to) => to.Place = from.Clone().Place),
        new("Actors", (f, _) => string.Join("; ", f.Actors.Select(a => $"{a.Name.Trim()} ({a.Role.Trim().ToLowerInvariant()})")),
            (from, to) => to.Actors = from.Clone().Actors),
        new("Tags", (f, _) => string.Join(", ", f.TagList()), (from, to) => to.Tags = from.Tags),
        new("Citations", (f, articles) => string.Join("\n", f.Citations.Select(c => Citation(c, articles))),
            (from, to) => to.Citations = from.Clone().Citations),
    ];

    /// <summary>The fields whose readable values differ.</summary>
    public static IReadOnlyList<FieldChange> Diff(EventForm before, EventForm after, IReadOnlyDictionary<int, string> articles) =>
        All.Select(f => new FieldChange(f.Name, f.Show(before, articles), f.Show(after, articles)))
            .Where(c => c.Before != c.After).ToList();

    private static string Date(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "" : PartialDate.TryParse(text, out var d) ? d.Format() : text.Trim();

    private static string Place(PlaceForm p) => p.IsEmpty ? "" :
        string.Create(CultureInfo.InvariantCulture, $"{p.Name.Trim()}, {p.Country.Trim().ToUpperInvariant()} · {p.Latitude}, {p.Longitude} · {p.GeoPrecision.ToString().ToLowerInvariant()}");

    private static string Citation(CitationForm c, IReadOnlyDictionary<int, string> articles)
    {
        var source = articles.TryGetValue(c.ArticleId, out var label) ? label : $"article {c.ArticleId}";
        var claims = c.Claims.Select(Claim).Where(s => s.Length > 0).ToList();
        return $"{source}: “{c.Quote}”" + (claims.Count > 0 ? " — " + string.Join("; ", claims) : "");
    }

    private static string Claim(ClaimForm k)
    {
        var parts = new List<string>();
        if (k.KilledMin is not null || k.KilledMax is not null)
            parts.Add(k.KilledMin == k.KilledMax ? $"killed {k.KilledMin}" : $"killed {k.KilledMin?.ToString() ?? "?"}–{k.KilledMax?.ToString() ?? "?"}");
        if (k.Injured is not null) parts.Add($"injured {k.Injured}");
        if (!string.IsNullOrWhiteSpace(k.Qualifier)) parts.Add(k.Qualifier.Trim());
        if (!string.IsNullOrWhiteSpace(k.Note)) parts.Add($"“{k.Note.Trim()}”");
        var text = string.Join(", ", parts);
        return string.IsNullOrWhiteSpace(k.Claimant) ? text : $"{text} (according to {k.Claimant.Trim()})";
    }
}
