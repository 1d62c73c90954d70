using NodaTime;
using TimelineApp.Data;
using TimelineApp.Dates;
using TimelineApp.Events;

namespace TimelineApp.Seeding;

/// <summary>Turns seed entries into entities, throwing a message that names the file, the entry and the problem.</summary>
internal sealed class SeedChecker(string file)
{
    private string _entry = "";

    private SeedException Fail(string problem) => new($"{file}: {_entry}: {problem}.");

    private string Need(string? value, string field, int max = 4000) =>
        string.IsNullOrWhiteSpace(value) ? throw Fail($"'{field}' is missing")
        : value.Length > max ? throw Fail($"'{field}' is {value.Length} characters; at most {max}")
        : value.Trim();

    private T Enum<T>(string? value, string field) where T : struct, System.Enum =>
        EnumText.TryParseKebab<T>(value, out var v) ? v : throw Fail($"'{field}' is '{value}'; expected one of {EnumText.Choices<T>()}");

    public (string Key, Place Place) Place(PlaceSeed p, int i)
    {
        _entry = $"place #{i + 1} '{p.Key}'";
        var key = Need(p.Key, "key");
        if (EventRules.CheckCoordinates(p.Latitude, p.Longitude) is { } bad) throw Fail(bad);
        var country = Need(p.Country, "country");
        if (country.Length != 2 || !country.All(char.IsAsciiLetterUpper)) throw Fail($"country '{country}' is not an ISO 3166-1 alpha-2 code like LY");
        return (key, new Place
        {
            Name = Need(p.Name, "name", 200), Country = country, Latitude = p.Latitude!.Value, Longitude = p.Longitude!.Value,
            GeoPrecision = Enum<GeoPrecision>(p.GeoPrecision, "geoPrecision"),
        });
    }

    public (string Key, Actor Actor) Actor(ActorSeed a, int i)
    {
        _entry = $"actor #{i + 1} '{a.Key}'";
        return (Need(a.Key, "key"), new Actor { Name = Need(a.Name, "name", 200), Kind = Enum<ActorKind>(a.Kind, "kind") });
    }

    public Event Event(EventSeed s, int i, ISet<string> types, IReadOnlyDictionary<string, Place> places,
        IReadOnlyDictionary<string, Actor> actors, IReadOnlyDictionary<string, SourceArticle> articles, Instant now)
    {
        _entry = $"event #{i + 1} '{s.Slug}'";
        var slug = Need(s.Slug, "slug");
        if (!EventRules.IsSlug(slug)) throw Fail("the slug must be lowercase words joined by hyphens");
        var type = Need(s.Type, "type");
        if (!types.Contains(type)) throw Fail($"type '{type}' is not in seeds/event-types.json");
        var dates = new DateSpan(Date(s.Start, "start"), s.End is null ? null : Date(s.End, "end"), s.Approximate ?? false);
        if (!dates.IsValid) throw Fail($"end '{s.End}' is before start '{s.Start}'");
        Place? place = null;
        if (s.Place is not null && !places.TryGetValue(s.Place, out place)) throw Fail($"place '{s.Place}' is not in 'places'");
        LocalTime? time = null;
        if (s.Time is not null)
        {
            var parsed = NodaTime.Text.LocalTimePattern.ExtendedIso.Parse(s.Time);
            time = parsed.Success ? parsed.Value : throw Fail($"time '{s.Time}' is not like 14:30");
            if (s.TimeZone is null || DateTimeZoneProviders.Tzdb.GetZoneOrNull(s.TimeZone) is null)
                throw Fail($"time zone '{s.TimeZone}' is not an IANA zone like Africa/Tripoli");
        }
        var e = new Event
        {
            Slug = slug, Title = Need(s.Title, "title", EventRules.TitleMax), Summary = Need(s.Summary, "summary", EventRules.SummaryMax),
            TypeId = type, Dates = dates, DateNote = s.DateNote, LocalTime = time, TimeZone = time is null ? null : s.TimeZone, Place = place,
            Status = s.Status is null ? EventStatus.Published : Enum<EventStatus>(s.Status, "status"),
            CreatedAt = now, CreatedBy = "seed", UpdatedAt = now, UpdatedBy = "seed", Version = 1,
        };
        foreach (var a in s.Actors ?? [])
        {
            if (a.Actor is null || !actors.TryGetValue(a.Actor, out var actor)) throw Fail($"actor '{a.Actor}' is not in 'actors'");
            e.Actors.Add(new EventActor { Actor = actor, Role = Need(a.Role, "role", 40) });
        }
        e.Tags.AddRange((s.Tags ?? []).Select(t => Need(t, "tag", EventRules.TagMax).ToLowerInvariant()).Distinct().Select(t => new EventTag { Tag = t }));
        if (s.Citations is not { Count: > 0 }) throw Fail("at least one citation is required");
        foreach (var (c, n) in s.Citations.Select((c, n) => (c, n)))
        {
            if (c.Article is null || !articles.TryGetValue(c.Article, out var article)) throw Fail($"citation #{n + 1}: article '{c.Article}' is not in seeds/articles/");
            if (EventRules.CheckQuote(c.Quote ?? "", article.Text) is { } bad) throw Fail($"citation #{n + 1} ({c.Article}): {bad}");
            var citation = new Citation { Article = article, Quote = c.Quote!, SortOrder = n };
            foreach (var k in c.Claims ?? [])
            {
                if (EventRules.CheckCounts(k.KilledMin, k.KilledMax, k.Injured) is { } badCount) throw Fail($"citation #{n + 1}: {badCount}");
                citation.Claims.Add(new Claim { Claimant = k.Claimant, Qualifier = k.Qualifier, KilledMin = k.KilledMin, KilledMax = k.KilledMax, Injured = k.Injured, Note = k.Note });
            }
            e.Citations.Add(citation);
        }
        return e;
    }

    private PartialDate Date(string? text, string field) =>
        PartialDate.TryParse(text, out var d) ? d : throw Fail($"'{field}' is '{text}'; expected 2015-02-16, 2015-02 or 2015");
}
