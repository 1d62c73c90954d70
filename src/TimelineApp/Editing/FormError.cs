using NodaTime;

namespace TimelineApp.Editing;

/// <summary>A problem with one field of one part of a form (the event, a citation, a claim…).</summary>
public sealed record FormError(object Model, string Field, string Message);

/// <summary>What the validator checks against: today, the event types in use and the articles' text.</summary>
public sealed record EditingReferenceData(LocalDate Today, IReadOnlySet<string> TypeIds, IReadOnlyDictionary<int, string> ArticleTexts)
{
    /// <summary>Also accepts the type an event already has: an archived type is not offered any more, but stays on its events.</summary>
    public EditingReferenceData Keeping(string? typeId) =>
        typeId is null || TypeIds.Contains(typeId) ? this : this with { TypeIds = new HashSet<string>(TypeIds) { typeId } };
}
