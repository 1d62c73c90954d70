namespace TimelineApp.Seeding;

public sealed record SeedOptions(string Path);

// The shapes of seeds/articles/*.json, seeds/event-types.json and seeds/events.json.

public sealed record ArticleSeed(
    string? Key, string? TextFile, string? Outlet, string? Author, string? Headline, string? Url,
    string? PublishedDate, string? Language, string? ReliabilityNote, string? DateReasoning);

public sealed record EventTypeSeed(string? Id, string? Name, string? Color, string? Shape);

public sealed record PlaceSeed(string? Key, string? Name, string? Country, double? Latitude, double? Longitude, string? GeoPrecision);

public sealed record ActorSeed(string? Key, string? Name, string? Kind);

public sealed record EventActorSeed(string? Actor, string? Role);

public sealed record ClaimSeed(string? Claimant, string? Qualifier, int? KilledMin, int? KilledMax, int? Injured, string? Note);

public sealed record CitationSeed(string? Article, string? Quote, List<ClaimSeed>? Claims);

public sealed record EventSeed(
    string? Slug, string? Title, string? Summary, string? Type, string? Start, string? End, bool? Approximate,
    string? DateNote, string? Time, string? TimeZone, string? Place, List<EventActorSeed>? Actors, List<string>? Tags,
    string? Status, List<CitationSeed>? Citations);

public sealed record EventTableSeed(List<PlaceSeed>? Places, List<ActorSeed>? Actors, List<EventSeed>? Events);

/// <summary>A seed file that cannot be imported; the message names the file, the entry and the problem.</summary>
public sealed class SeedException(string message) : Exception(message);
