using System.ComponentModel.DataAnnotations;
using TimelineApp.Data;
using TimelineApp.Events;

namespace TimelineApp.Editing;

// What an editor types. The annotations are the simple rules; EventFormValidator adds the rules that
// compare fields (dates, coordinates, quotes) and is the one place both are run from.

public sealed class EventForm
{
    public int? Id { get; set; }
    /// <summary>The event's Version when the form was loaded: the optimistic-concurrency token.</summary>
    public int Version { get; set; }

    [Required(ErrorMessage = "Give the event a title.")]
    [StringLength(EventRules.TitleMax, ErrorMessage = "The title is too long: at most {1} characters.")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Write a short summary of what happened.")]
    [StringLength(EventRules.SummaryMax, ErrorMessage = "The summary is too long: at most {1} characters.")]
    public string Summary { get; set; } = "";

    [Required(ErrorMessage = "Choose the event type.")]
    public string TypeId { get; set; } = "";

    [Required(ErrorMessage = "Enter when it happened, e.g. 16 Feb 2015, Feb 2015, 2015-02-16 or 2015.")]
    [StringLength(40, ErrorMessage = "Enter a date like 16 Feb 2015.")]
    public string Start { get; set; } = "";

    [StringLength(40, ErrorMessage = "Enter a date like 16 Feb 2015.")]
    public string? End { get; set; }

    public bool Approximate { get; set; }

    [StringLength(1000, ErrorMessage = "The date note is too long: at most {1} characters.")]
    public string? DateNote { get; set; }

    /// <summary>Optional local time, "14:30".</summary>
    [StringLength(8, ErrorMessage = "Enter a time like 14:30.")]
    public string? Time { get; set; }

    /// <summary>IANA zone id of <see cref="Time"/>, e.g. Africa/Tripoli.</summary>
    [StringLength(64, ErrorMessage = "Choose a time zone like Africa/Tripoli.")]
    public string? TimeZone { get; set; }

    public PlaceForm Place { get; set; } = new();
    public List<ActorForm> Actors { get; set; } = [];

    /// <summary>Comma-separated tags as typed ("egypt, derna").</summary>
    [StringLength(1000, ErrorMessage = "Too many tags.")]
    public string Tags { get; set; } = "";

    public List<CitationForm> Citations { get; set; } = [];

    /// <summary>Why the change was made; stored with the revision, not on the event.</summary>
    [StringLength(1000, ErrorMessage = "The note is too long: at most {1} characters.")]
    public string? Note { get; set; }

    public IReadOnlyList<string> TagList() => Tags
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(t => string.Join('-', t.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        .Distinct(StringComparer.Ordinal).ToList();
}

public sealed class PlaceForm
{
    /// <summary>The existing place picked, if any; a changed name or position makes a new place.</summary>
    public int? PlaceId { get; set; }

    [StringLength(200, ErrorMessage = "The place name is too long: at most {1} characters.")]
    public string Name { get; set; } = "";

    [RegularExpression("^[A-Za-z]{2}$", ErrorMessage = "Use the two-letter country code, e.g. LY.")]
    public string Country { get; set; } = "";

    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public GeoPrecision GeoPrecision { get; set; } = GeoPrecision.Town;

    public bool IsEmpty => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Country) && Latitude is null && Longitude is null;
}

public sealed class ActorForm
{
    [Required(ErrorMessage = "Enter the actor's name.")]
    [StringLength(200, ErrorMessage = "The name is too long: at most {1} characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Enter the actor's role, e.g. perpetrator, target, speaker.")]
    [StringLength(40, ErrorMessage = "The role is too long: at most {1} characters.")]
    public string Role { get; set; } = "";

    /// <summary>Used only when the actor is new.</summary>
    public ActorKind Kind { get; set; } = ActorKind.Government;
}

public sealed class CitationForm
{
    [Range(1, int.MaxValue, ErrorMessage = "Choose the article this citation quotes.")]
    public int ArticleId { get; set; }

    [StringLength(EventRules.QuoteMax, ErrorMessage = "The quote is too long: at most {1} characters.")]
    public string Quote { get; set; } = "";

    public List<ClaimForm> Claims { get; set; } = [];
}

public sealed class ClaimForm
{
    [StringLength(200, ErrorMessage = "The claimant is too long: at most {1} characters.")]
    public string? Claimant { get; set; }

    [StringLength(100, ErrorMessage = "The qualifier is too long: at most {1} characters.")]
    public string? Qualifier { get; set; }

    [Range(0, 10_000_000, ErrorMessage = "Killed (at least) cannot be negative.")]
    public int? KilledMin { get; set; }

    [Range(0, 10_000_000, ErrorMessage = "Killed (at most) cannot be negative.")]
    public int? KilledMax { get; set; }

    [Range(0, 10_000_000, ErrorMessage = "Injured cannot be negative.")]
    public int? Injured { get; set; }

    [StringLength(500, ErrorMessage = "The note is too long: at most {1} characters.")]
    public string? Note { get; set; }
}
