using NodaTime;

namespace TimelineApp.Editing;

public enum EditOutcome { Saved, Proposed, Invalid, Conflict, NotFound, Denied, NotAllowedNow }

/// <summary>Someone else saved first: their version of the form, and who/when; Base is what "mine" started from when the page's own baseline is not it (a stale proposal).</summary>
public sealed record EditConflict(EventForm Theirs, string? By, Instant? At, EventForm? Base = null);

/// <summary>What became of an edit or a workflow step; never an exception for something a person did.</summary>
public sealed record EditResult(EditOutcome Outcome, int? EventId = null, string? Message = null,
    IReadOnlyList<FormError>? Errors = null, EditConflict? Conflict = null)
{
    public bool Succeeded => Outcome is EditOutcome.Saved or EditOutcome.Proposed;

    public static EditResult Denied(string message) => new(EditOutcome.Denied, Message: message);
    public static EditResult NotFound(int id) => new(EditOutcome.NotFound, id, $"Event {id} does not exist.");
    public static EditResult NotNow(int id, string message) => new(EditOutcome.NotAllowedNow, id, message);
    public static EditResult Invalid(IReadOnlyList<FormError> errors) =>
        new(EditOutcome.Invalid, Message: $"{errors.Count} problem{(errors.Count == 1 ? "" : "s")} to fix before saving.", Errors: errors);
}
