using TimelineApp.Data;
using TimelineApp.Dates;

namespace TimelineApp.Events;

// The public shape of an event: GET /api/events, exports and revision snapshots all use it.

public sealed record PlaceDto(string Name, string Country, double Latitude, double Longitude, string GeoPrecision);

public sealed record ActorRoleDto(string Name, string Role);

public sealed record ClaimDto(string Source, string Outlet, string? Qualifier, int? KilledMin, int? KilledMax, int? Injured, string? Note);

public sealed record CitationDto(int ArticleId, string Outlet, string Author, string PublishedDate, string Quote);

public sealed record EventDto(
    int Id, string Slug, string Title, string Summary, string Type, string TypeName,
    string StartDate, string? EndDate, string DatePrecision, bool Approximate, string DateText,
    PlaceDto? Place, IReadOnlyList<ActorRoleDto> Actors, IReadOnlyList<string> Tags,
    IReadOnlyList<ClaimDto> Claims, IReadOnlyList<CitationDto> Citations, string Status)
{
    /// <summary>Maps an event loaded with its type, place, actors, tags, citations, articles and claims.</summary>
    public static EventDto From(Event e)
    {
        var citations = e.Citations.OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => (new CitationDto(c.ArticleId, c.Article.Outlet, c.Article.Author, Iso(c.Article.PublishedDate), c.Quote), (IEnumerable<Claim>)c.Claims))
            .ToList();
        return Compose(e, e.Actors.Select(a => new ActorRoleDto(a.Actor.Name, a.Role)), e.Tags.Select(t => t.Tag), citations);
    }

    /// <summary>Maps an event loaded with its type and place, given its other parts (loaded separately, citations in order).</summary>
    public static EventDto Compose(Event e, IEnumerable<ActorRoleDto> actors, IEnumerable<string> tags,
        IReadOnlyList<(CitationDto Citation, IEnumerable<Claim> Claims)> citations) => new(
            e.Id, e.Slug, e.Title, e.Summary, e.TypeId, e.Type?.Name ?? e.TypeId,
            Iso(e.StartDate), e.EndDate is { } end ? Iso(end) : null, e.DatePrecision.ToKebab(), e.Approximate,
            e.Dates.Format(),
            e.Place is { } p ? new PlaceDto(p.Name, p.Country, p.Latitude, p.Longitude, p.GeoPrecision.ToKebab()) : null,
            actors.ToList(),
            tags.Order(StringComparer.Ordinal).ToList(),
            citations.SelectMany(c => c.Claims.Select(k => new ClaimDto(
                k.Claimant ?? c.Citation.Outlet, c.Citation.Outlet, k.Qualifier, k.KilledMin, k.KilledMax, k.Injured, k.Note))).ToList(),
            citations.Select(c => c.Citation).ToList(),
            e.Status.ToKebab());

    public static string Iso(NodaTime.LocalDate d) => NodaTime.Text.LocalDatePattern.Iso.Format(d);
}
