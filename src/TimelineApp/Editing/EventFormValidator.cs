using System.ComponentModel.DataAnnotations;
using NodaTime;
using TimelineApp.Data;
using TimelineApp.Dates;
using TimelineApp.Events;

namespace TimelineApp.Editing;

/// <summary>
/// Every rule an event must pass before it is written, in one place: the form shows these messages next
/// to the fields, and the editor service and the CSV import run the same check on the server.
/// A draft may be unfinished (a citation still without its quote); <c>complete</c> is the bar for review and publishing.
/// </summary>
public static class EventFormValidator
{
    public const int MaxTags = 20;

    public static IReadOnlyList<FormError> Validate(EventForm f, EditingReferenceData refs, bool complete = false)
    {
        var errors = new List<FormError>();
        if (!EventFormLimits.Check(f, errors)) return errors;
        Annotations(f, errors);
        if (f.TypeId.Length > 0 && !refs.TypeIds.Contains(f.TypeId))
            errors.Add(new(f, nameof(f.TypeId), $"'{f.TypeId}' is not an event type; choose one from the list."));
        CheckDates(f, refs.Today, errors);
        EventTime.Check(f, errors);
        CheckPlace(f.Place, errors);
        CheckActors(f, errors);
        CheckTags(f, errors);
        CheckCitations(f, refs, complete, errors);
        return errors;
    }

    private static void Annotations(object model, List<FormError> errors)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(model, new ValidationContext(model), results, validateAllProperties: true);
        errors.AddRange(results.Select(r => new FormError(model, r.MemberNames.FirstOrDefault() ?? "", r.ErrorMessage ?? "Not valid.")));
    }

    /// <summary>The dates as typed, or null with the problem for each field that does not parse.</summary>
    public static DateSpan? ReadDates(EventForm f, List<FormError>? errors = null)
    {
        var ok = PartialDate.TryParse(f.Start, out var start);
        if (!ok && !string.IsNullOrWhiteSpace(f.Start))
            errors?.Add(new(f, nameof(f.Start), NotADate(f.Start)));
        PartialDate? end = null;
        if (!string.IsNullOrWhiteSpace(f.End))
        {
            if (PartialDate.TryParse(f.End, out var e)) end = e;
            else { errors?.Add(new(f, nameof(f.End), NotADate(f.End))); return null; }
        }
        return ok ? new DateSpan(start, end, f.Approximate) : null;
    }

    public static string NotADate(string text) => $"'{text.Trim()}' is not a date; write 16 Feb 2015, Feb 2015, 2015-02-16 or 2015.";

    private static void CheckDates(EventForm f, LocalDate today, List<FormError> errors)
    {
        if (ReadDates(f, errors) is not { } span) return;
        if (span.Start.Start > today)
            errors.Add(new(f, nameof(f.Start), $"{span.Start.Format()} is in the future (today is {PartialDate.Of(today, DatePrecision.Day).Format()})."));
        if (span.End is { } end)
        {
            if (!span.IsValid) errors.Add(new(f, nameof(f.End), $"The end ({end.Format()}) is before the start ({span.Start.Format()})."));
            else if (end.Start > today) errors.Add(new(f, nameof(f.End), $"{end.Format()} is in the future (today is {PartialDate.Of(today, DatePrecision.Day).Format()})."));
        }
    }

    private static void CheckPlace(PlaceForm p, List<FormError> errors)
    {
        if (p.IsEmpty) return;
        Annotations(p, errors);
        if (string.IsNullOrWhiteSpace(p.Name)) errors.Add(new(p, nameof(p.Name), "Name the place, or clear the place fields."));
        if (!Enum.IsDefined(p.GeoPrecision))
            errors.Add(new(p, nameof(p.GeoPrecision), $"Choose how precise the place is ({EnumText.Choices<GeoPrecision>()}); {(int)p.GeoPrecision} is not one of them."));
        if (string.IsNullOrWhiteSpace(p.Country)) errors.Add(new(p, nameof(p.Country), "Enter the two-letter country code, e.g. LY."));
        else if (p.Country.Trim().Length == 2 && !Filtering.IsoCountries.IsCode(p.Country))
            errors.Add(new(p, nameof(p.Country), $"'{p.Country.Trim()}' is not an ISO 3166-1 country code; use one such as LY or EG."));
        if (p.Latitude is null) errors.Add(new(p, nameof(p.Latitude), "Enter the latitude (−90 to 90), or pick a place from the look-up."));
        else if (double.IsNaN(p.Latitude.Value) || p.Latitude is < -90 or > 90) errors.Add(new(p, nameof(p.Latitude), $"Latitude {p.Latitude} is outside −90…90."));
        if (p.Longitude is null) errors.Add(new(p, nameof(p.Longitude), "Enter the longitude (−180 to 180), or pick a place from the look-up."));
        else if (double.IsNaN(p.Longitude.Value) || p.Longitude is < -180 or > 180) errors.Add(new(p, nameof(p.Longitude), $"Longitude {p.Longitude} is outside −180…180."));
    }

    private static void CheckActors(EventForm f, List<FormError> errors)
    {
        var seen = new HashSet<(string, string)>();
        foreach (var a in f.Actors)
        {
            Annotations(a, errors);
            if (!Enum.IsDefined(a.Kind))
                errors.Add(new(a, nameof(a.Kind), $"Choose what kind of actor {a.Name} is ({EnumText.Choices<ActorKind>()}); {(int)a.Kind} is not one of them."));
            if (!seen.Add((a.Name.Trim().ToLowerInvariant(), a.Role.Trim().ToLowerInvariant())) && a.Name.Length > 0)
                errors.Add(new(a, nameof(a.Name), $"{a.Name} is already listed as {a.Role}."));
        }
    }

    private static void CheckTags(EventForm f, List<FormError> errors)
    {
        var tags = f.TagList();
        if (tags.Count > MaxTags) errors.Add(new(f, nameof(f.Tags), $"{tags.Count} tags; at most {MaxTags}."));
        foreach (var t in tags.Where(t => t.Length > EventRules.TagMax))
            errors.Add(new(f, nameof(f.Tags), $"The tag '{t[..20]}…' is too long: at most {EventRules.TagMax} characters."));
    }

    private static void CheckCitations(EventForm f, EditingReferenceData refs, bool complete, List<FormError> errors)
    {
        if (complete && f.Citations.Count == 0)
            errors.Add(new(f, nameof(f.Citations), "Cite at least one article: every event is tied to the words of a source."));
        foreach (var c in f.Citations)
        {
            Annotations(c, errors);
            if (c.ArticleId > 0 && !refs.ArticleTexts.ContainsKey(c.ArticleId))
                errors.Add(new(c, nameof(c.ArticleId), "That article does not exist (any more); choose another."));
            if (string.IsNullOrWhiteSpace(c.Quote))
            {
                if (complete) errors.Add(new(c, nameof(c.Quote), "Paste the words of the article that report this event."));
            }
            else if (c.Quote.Length <= EventRules.QuoteMax && refs.ArticleTexts.TryGetValue(c.ArticleId, out var text)
                && EventRules.CheckQuote(c.Quote, text) is { } problem)
            {
                errors.Add(new(c, nameof(c.Quote), char.ToUpperInvariant(problem[0]) + problem[1..] + "."));
            }
            foreach (var k in c.Claims) CheckClaim(k, errors);
        }
    }

    private static void CheckClaim(ClaimForm k, List<FormError> errors)
    {
        Annotations(k, errors);
        if (k.KilledMin is >= 0 && k.KilledMax is >= 0 && k.KilledMin > k.KilledMax)
            errors.Add(new(k, nameof(k.KilledMax), $"Killed (at most) {k.KilledMax} is less than killed (at least) {k.KilledMin}."));
        if (k.KilledMin is null && k.KilledMax is null && k.Injured is null && string.IsNullOrWhiteSpace(k.Note))
            errors.Add(new(k, nameof(k.KilledMin), "Enter a figure (or a note such as \"dozens\"), or remove this claim."));
    }
}
