using NodaTime;
using TimelineApp.Data;
using TimelineApp.Dates;

namespace TimelineApp.Seeding;

/// <summary>The seed files, read and checked as a whole before anything is written.</summary>
internal sealed record SeedTable(
    IReadOnlyList<EventType> Types,
    IReadOnlyList<SourceArticle> Articles,
    IReadOnlyDictionary<string, Place> Places,
    IReadOnlyDictionary<string, Actor> Actors,
    IReadOnlyList<(EventSeed Seed, Event Event)> Events)
{
    public static SeedTable Load(string root, Instant now)
    {
        var types = LoadTypes(root);
        var articles = LoadArticles(root, now);
        var table = SeedReader.Read<EventTableSeed>(Path.Combine(root, "events.json"), "seeds/events.json");
        var check = new SeedChecker("seeds/events.json");
        var places = (table.Places ?? []).Select((p, i) => check.Place(p, i)).ToDictionary(x => x.Key, x => x.Place);
        var actors = (table.Actors ?? []).Select((a, i) => check.Actor(a, i)).ToDictionary(x => x.Key, x => x.Actor);
        var typeIds = types.Select(t => t.Id).ToHashSet();
        var articlesByKey = articles.ToDictionary(a => a.Key);
        var slugs = new HashSet<string>();
        var events = new List<(EventSeed, Event)>();
        foreach (var (seed, i) in (table.Events ?? []).Select((e, i) => (e, i)))
        {
            var e = check.Event(seed, i, typeIds, places, actors, articlesByKey, now);
            if (!slugs.Add(e.Slug)) throw new SeedException($"seeds/events.json: event #{i + 1} '{e.Slug}': the slug is used twice.");
            events.Add((seed, e));
        }
        if (events.Count == 0) throw new SeedException("seeds/events.json: no events.");
        return new SeedTable(types, articles, places, actors, events);
    }

    private static List<EventType> LoadTypes(string root)
    {
        const string name = "seeds/event-types.json";
        var seeds = SeedReader.Read<List<EventTypeSeed>>(Path.Combine(root, "event-types.json"), name);
        return seeds.Select((t, i) =>
        {
            string Need(string? v, string field) => string.IsNullOrWhiteSpace(v)
                ? throw new SeedException($"{name}: type #{i + 1}: '{field}' is missing.") : v.Trim();
            return new EventType { Id = Need(t.Id, "id"), Name = Need(t.Name, "name"), Color = Need(t.Color, "color"), Shape = Need(t.Shape, "shape"), SortOrder = i };
        }).ToList();
    }

    private static List<SourceArticle> LoadArticles(string root, Instant now)
    {
        var folder = Path.Combine(root, "articles");
        if (!Directory.Exists(folder)) throw new SeedException("seeds/articles/: folder not found.");
        return Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(path =>
        {
            var name = $"seeds/articles/{Path.GetFileName(path)}";
            var a = SeedReader.Read<ArticleSeed>(path, name);
            string Need(string? v, string field) => string.IsNullOrWhiteSpace(v)
                ? throw new SeedException($"{name}: '{field}' is missing (write \"unknown\" when the source does not say).") : v.Trim();
            var textPath = Path.Combine(folder, Need(a.TextFile, "textFile"));
            if (!File.Exists(textPath)) throw new SeedException($"{name}: text file '{a.TextFile}' not found.");
            if (!PartialDate.TryParse(a.PublishedDate, out var published) || published.Precision != DatePrecision.Day)
                throw new SeedException($"{name}: publishedDate '{a.PublishedDate}' is not a full date like 2015-02-17.");
            return new SourceArticle
            {
                Key = Need(a.Key, "key"), Outlet = Need(a.Outlet, "outlet"), Author = Need(a.Author, "author"),
                Headline = Need(a.Headline, "headline"), Url = a.Url, PublishedDate = published.Start,
                Language = Need(a.Language, "language"), Text = File.ReadAllText(textPath),
                ReliabilityNote = a.ReliabilityNote, DateNote = a.DateReasoning, CreatedAt = now, CreatedBy = "seed",
            };
        }).ToList();
    }
}
