using NodaTime;
using TimelineApp.Dates;

namespace TimelineApp.Generator;

// Plain rows the generator writes; ids are assigned up front so children can point at parents.

internal sealed record GenClaim(string Claimant, string? Qualifier, int? KilledMin, int? KilledMax, int? Injured);

internal sealed record GenCitation(long Id, long ArticleId, string Quote, int SortOrder, GenClaim? Claim);

internal sealed record GenArticle(long Id, string Outlet, string Author, string Headline, LocalDate Published, string Text);

internal sealed class GenEvent
{
    public long Id { get; init; }
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string TypeId { get; init; }
    public DateSpan Dates { get; init; }
    public int PlaceId { get; init; }
    public List<(int ActorId, string Role)> Actors { get; } = [];
    public List<string> Tags { get; } = [];
    public List<GenCitation> Citations { get; } = [];
}

internal sealed record GenBatch(List<GenEvent> Events, List<GenArticle> Articles);

/// <summary>Places and actors as stored (with their ids), and the event types the database knows.</summary>
internal sealed record GenWorld(
    IReadOnlyList<(int Id, WorldPlaces.WorldPlace Place, string CountryName)> Places,
    IReadOnlyDictionary<(string Country, int Descriptor), int> LocalActors,
    IReadOnlyList<int> InternationalActors,
    IReadOnlyList<Vocabulary.TypeWording> Types);
