using System.ComponentModel.DataAnnotations;
using NodaTime;
using TimelineApp.Dates;

namespace TimelineApp.Data;

public enum EventStatus { Draft = 0, InReview = 1, Published = 2, Archived = 3 }

public enum GeoPrecision { Exact = 0, Town = 1, Region = 2, Country = 3 }

public enum ActorKind { State = 0, ArmedGroup = 1, Government = 2, InternationalOrganisation = 3, Person = 4 }

/// <summary>An entry of the editable event-type taxonomy ("airstrike", "bombing"…).</summary>
public class EventType
{
    [MaxLength(40)] public required string Id { get; set; }
    [MaxLength(80)] public required string Name { get; set; }
    /// <summary>CSS colour used by badges, map markers and charts alike.</summary>
    [MaxLength(16)] public required string Color { get; set; }
    /// <summary>Marker shape (circle, triangle, star…) drawn beside the colour, so colour never carries meaning alone.</summary>
    [MaxLength(16)] public required string Shape { get; set; }
    public int SortOrder { get; set; }
    public bool IsArchived { get; set; }
}

public class Place
{
    public int Id { get; set; }
    [MaxLength(200)] public required string Name { get; set; }
    /// <summary>ISO 3166-1 alpha-2.</summary>
    [MaxLength(2)] public required string Country { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public GeoPrecision GeoPrecision { get; set; }
}

public class Actor
{
    public int Id { get; set; }
    [MaxLength(200)] public required string Name { get; set; }
    public ActorKind Kind { get; set; }
}

public class EventActor
{
    public int EventId { get; set; }
    public int ActorId { get; set; }
    public Actor Actor { get; set; } = null!;
    [MaxLength(40)] public required string Role { get; set; }
}

public class EventTag
{
    public int EventId { get; set; }
    [MaxLength(60)] public required string Tag { get; set; }
}

public class SourceArticle
{
    public int Id { get; set; }
    /// <summary>Stable human-readable key (the seed file's stem for seeded articles).</summary>
    [MaxLength(120)] public required string Key { get; set; }
    [MaxLength(200)] public required string Outlet { get; set; }
    [MaxLength(200)] public required string Author { get; set; }
    [MaxLength(400)] public required string Headline { get; set; }
    [MaxLength(2000)] public string? Url { get; set; }
    public LocalDate PublishedDate { get; set; }
    [MaxLength(12)] public required string Language { get; set; }
    /// <summary>The full text as read, verbatim; citations quote from it.</summary>
    public required string Text { get; set; }
    [MaxLength(2000)] public string? ReliabilityNote { get; set; }
    [MaxLength(2000)] public string? DateNote { get; set; }
    public Instant CreatedAt { get; set; }
    [MaxLength(256)] public required string CreatedBy { get; set; }
    public bool IsArchived { get; set; }
    /// <summary>Added by an editor and not yet accepted by a reviewer: readers do not see it.</summary>
    public bool AwaitsAcceptance { get; set; }
}

/// <summary>A source's claim about one event, taken verbatim from one article.</summary>
public class Citation
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public int ArticleId { get; set; }
    public SourceArticle Article { get; set; } = null!;
    [MaxLength(2000)] public required string Quote { get; set; }
    public int SortOrder { get; set; }
    public List<Claim> Claims { get; set; } = [];
}

/// <summary>A figure as one source states it; conflicting claims are all kept, never averaged.</summary>
public class Claim
{
    public int Id { get; set; }
    public int CitationId { get; set; }
    /// <summary>Who makes the claim ("Libyan army spokesman"); the citation's outlet when null.</summary>
    [MaxLength(200)] public string? Claimant { get; set; }
    /// <summary>What is counted, when not people in general ("civilians").</summary>
    [MaxLength(100)] public string? Qualifier { get; set; }
    public int? KilledMin { get; set; }
    public int? KilledMax { get; set; }
    public int? Injured { get; set; }
    [MaxLength(500)] public string? Note { get; set; }
}

public class Event
{
    public int Id { get; set; }
    [MaxLength(120)] public required string Slug { get; set; }
    [MaxLength(200)] public required string Title { get; set; }
    [MaxLength(4000)] public required string Summary { get; set; }
    [MaxLength(40)] public required string TypeId { get; set; }
    public EventType Type { get; set; } = null!;
    public LocalDate StartDate { get; set; }
    public LocalDate? EndDate { get; set; }
    public DatePrecision DatePrecision { get; set; }
    public DatePrecision? EndDatePrecision { get; set; }
    public bool Approximate { get; set; }
    /// <summary>Last day the event may cover (derived from the dates); what window queries compare.</summary>
    public LocalDate LastDate { get; set; }
    /// <summary>How long the event may last (derived from the dates); bounds window queries.</summary>
    public DurationClass DurationClass { get; set; }
    /// <summary>How the date was worked out from the sources ("on Monday" in an article of Tue 17 Feb 2015).</summary>
    [MaxLength(1000)] public string? DateNote { get; set; }
    public LocalTime? LocalTime { get; set; }
    /// <summary>IANA time-zone id (NodaTime Tzdb) the local time is in.</summary>
    [MaxLength(64)] public string? TimeZone { get; set; }
    public int? PlaceId { get; set; }
    public Place? Place { get; set; }
    public EventStatus Status { get; set; }
    public Instant CreatedAt { get; set; }
    [MaxLength(256)] public required string CreatedBy { get; set; }
    public Instant UpdatedAt { get; set; }
    [MaxLength(256)] public required string UpdatedBy { get; set; }
    /// <summary>Application-managed optimistic concurrency token (SQLite has no rowversion).</summary>
    [ConcurrencyCheck] public int Version { get; set; }
    public List<EventActor> Actors { get; set; } = [];
    public List<EventTag> Tags { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];

    [System.ComponentModel.DataAnnotations.Schema.NotMapped]
    public DateSpan Dates
    {
        get => new(new PartialDate(StartDate, DatePrecision),
            EndDate is { } e ? new PartialDate(e, EndDatePrecision ?? DatePrecision) : null, Approximate);
        set
        {
            StartDate = value.Start.Start;
            DatePrecision = value.Start.Precision;
            EndDate = value.End?.Start;
            EndDatePrecision = value.End?.Precision;
            Approximate = value.Approximate;
            LastDate = value.Last;
            DurationClass = value.Duration;
        }
    }
}

/// <summary>One saved state of an event: who, when, why, and the whole event as JSON. Never deleted.</summary>
public class Revision
{
    public int Id { get; set; }
    public int EventId { get; set; }
    public int Number { get; set; }
    public Instant At { get; set; }
    [MaxLength(256)] public required string By { get; set; }
    [MaxLength(1000)] public string? Note { get; set; }
    [MaxLength(40)] public required string Kind { get; set; }
    /// <summary>A change to a published event waiting for a reviewer; readers keep the published state.</summary>
    public bool IsPending { get; set; }
    public required string Snapshot { get; set; }
}

/// <summary>A slug an event used to have; old links redirect to the current one.</summary>
public class SlugAlias
{
    [MaxLength(120)] public required string Slug { get; set; }
    public int EventId { get; set; }
}
