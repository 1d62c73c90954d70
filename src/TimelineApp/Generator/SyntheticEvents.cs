using System.Globalization;
using NodaTime;
using TimelineApp.Dates;
using TimelineApp.Events;

namespace TimelineApp.Generator;

/// <summary>
/// Makes believable events deterministically from a seed: dates sweep through the 20 years (with jitter,
/// so ids are only roughly chronological), at a real place, with actors, tags and 1–4 citations whose
/// casualty claims disagree the way sources do.
/// </summary>
internal sealed class SyntheticEvents(GenWorld world, Random rng, int total, long firstEventId, long firstCitationId)
{
    public static readonly LocalDate FirstDay = new(2006, 1, 1);
    public const int Days = 20 * 365 + 5;

    private readonly int _typeWeight = world.Types.Sum(t => t.Weight);
    private long _citationId = firstCitationId;

    public GenEvent Make(int index, SyntheticArticles articles)
    {
        var type = PickType();
        var (placeId, place, countryName) = world.Places[rng.Next(world.Places.Count)];
        var actor = MainActor(type, place.Country);
        var target = LocalActor(place.Country, 0, Vocabulary.LocalActors.Length);
        var dates = MakeDates(index);
        var title = Fill(type.Titles[rng.Next(type.Titles.Length)], place.Name, countryName, actor.Name, target.Name);
        var id = firstEventId + index;
        var baseKilled = type.Violent ? (int)Math.Round(Math.Pow(rng.NextDouble(), 3) * 120) : 0;
        var e = new GenEvent
        {
            Id = id, Slug = $"{EventRules.Slugify(title)}-{id}", Title = title, TypeId = type.Id, Dates = dates, PlaceId = placeId,
            Summary = $"{title} ({dates.Format()}). {actor.Name} {type.Verb} {place.Name}, {countryName}; accounts differ on what happened and who was responsible.",
        };
        e.Actors.Add((actor.Id, type.Violent ? "perpetrator" : "speaker"));
        if (target.Id != actor.Id) e.Actors.Add((target.Id, type.Violent ? "target" : "participant"));
        var third = world.InternationalActors[rng.Next(world.InternationalActors.Count)];
        if (rng.Next(4) == 0 && e.Actors.All(a => a.ActorId != third)) e.Actors.Add((third, Vocabulary.Roles[rng.Next(2, 6)]));
        e.Tags.Add("synthetic");
        for (var i = rng.Next(1, 4); i > 0; i--) e.Tags.Add(Vocabulary.Tags[rng.Next(Vocabulary.Tags.Length)]);
        e.Tags.Add(place.Country.ToLowerInvariant());
        var tags = e.Tags.Distinct().ToList();
        e.Tags.Clear();
        e.Tags.AddRange(tags);
        var citations = rng.Next(100) switch { < 15 => 1, < 55 => 2, < 85 => 3, _ => 4 };
        var outlets = Enumerable.Range(0, Vocabulary.Outlets.Length).OrderBy(_ => rng.Next()).Take(citations);
        foreach (var (outlet, n) in outlets.Select((o, n) => (o, n)))
        {
            var claim = type.Violent && rng.Next(10) < 7 ? MakeClaim(baseKilled, Vocabulary.Outlets[outlet]) : null;
            var quote = Quote(type, actor.Name, place.Name, dates, claim, n);
            e.Citations.Add(new GenCitation(_citationId++, articles.Add(outlet, e, quote), quote, n, claim));
        }
        return e;
    }

    private Vocabulary.TypeWording PickType()
    {
        var x = rng.Next(_typeWeight);
        foreach (var t in world.Types) if ((x -= t.Weight) < 0) return t;
        return world.Types[^1];
    }

    /// <summary>Forces and armed groups fight and pledge; the UN and others appeal; officials speak, meet and vote.</summary>
    private (int Id, string Name) MainActor(Vocabulary.TypeWording type, string country) => type.Id switch
    {
        _ when type.Violent => LocalActor(country, 0, 10),
        "pledge-of-allegiance" => LocalActor(country, 3, 10),
        "un-appeal" => International(),
        _ => LocalActor(country, 10, 16),
    };

    private (int Id, string Name) International()
    {
        var i = rng.Next(Vocabulary.InternationalActors.Length - 1);
        return (world.InternationalActors[i], Vocabulary.InternationalActors[i].Name);
    }

    private (int Id, string Name) LocalActor(string country, int from, int to)
    {
        var d = rng.Next(from, to);
        return (world.LocalActors[(country, d)], Vocabulary.LocalActors[d].Name);
    }

    private DateSpan MakeDates(int index)
    {
        var day = (int)((long)index * Days / Math.Max(total, 1)) + rng.Next(-30, 31);
        var start = FirstDay.PlusDays(Math.Clamp(day, 0, Days - 1));
        return rng.Next(100) switch
        {
            < 5 => new DateSpan(PartialDate.Year(start.Year), null, rng.Next(3) == 0),
            < 20 => new DateSpan(PartialDate.Month(start.Year, start.Month), null, rng.Next(5) == 0),
            < 32 => new DateSpan(PartialDate.Of(start, DatePrecision.Day), PartialDate.Of(start.PlusDays(rng.Next(1, 7)), DatePrecision.Day), rng.Next(4) == 0),
            _ => new DateSpan(PartialDate.Of(start, DatePrecision.Day), null, false),
        };
    }

    private GenClaim MakeClaim(int baseKilled, string outlet)
    {
        var min = (int)Math.Round(baseKilled * (0.5 + rng.NextDouble()));
        int? max = rng.Next(3) == 0 ? min + rng.Next(1, 15) : min;
        int? injured = rng.Next(2) == 0 ? (int)Math.Round(min * (1 + 2 * rng.NextDouble())) : null;
        var claimant = rng.Next(3) switch { 0 => outlet, 1 => "Health ministry", _ => "Local officials" };
        return new GenClaim(claimant, rng.Next(4) == 0 ? "civilians" : null, min, max, injured);
    }

    private static string Quote(Vocabulary.TypeWording type, string actor, string place, DateSpan dates, GenClaim? claim, int n)
    {
        var when = dates.Start.Precision switch
        {
            DatePrecision.Day => "on " + dates.Start.Start.ToString("d MMMM", CultureInfo.InvariantCulture),
            DatePrecision.Month => "in " + dates.Start.Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
            _ => "in " + dates.Start.Start.Year.ToString(CultureInfo.InvariantCulture),
        };
        var toll = claim switch
        {
            null => "",
            { KilledMin: var a, KilledMax: var b } when a != b => $", killing between {a} and {b} {claim.Qualifier ?? "people"}",
            _ => $", killing {claim.KilledMin} {claim.Qualifier ?? "people"}",
        };
        var hurt = claim?.Injured is { } i ? $" and wounding {i}" : "";
        var source = claim is null ? (n % 2 == 0 ? "witnesses said" : "according to local reports") : $"according to {(claim.Claimant.EndsWith("ministry") || claim.Claimant.StartsWith("Local") ? "the " + claim.Claimant.ToLowerInvariant() : claim.Claimant)}";
        return $"{actor} {type.Verb} {place} {when}{toll}{hurt}, {source}.";
    }

    private static string Fill(string template, string place, string country, string actor, string target) => template
        .Replace("{place}", place).Replace("{country}", country).Replace("{actor}", actor).Replace("{target}", target.ToLowerInvariant());
}
