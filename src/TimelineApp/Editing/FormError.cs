using NodaTime;

namespace TimelineApp.Editing;

/// <summary>A problem with one field of one part of a form (the event, a citation, a claim…).</summary>
public sealed record FormError(object Model, string Field, string Message);

/// <summary>What the validator checks against: today, the known event types and the articles' text.</summary>
public sealed record EditingReferenceData(LocalDate Today, IReadOnlySet<string> TypeIds, IReadOnlyDictionary<int, string> ArticleTexts);
