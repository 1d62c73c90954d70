using System.ComponentModel.DataAnnotations;
using NodaTime;

namespace TimelineApp.Data;

/// <summary>
/// An editor's work in progress on a form, autosaved as they type (not a revision: Save still makes those). One per
/// user × form × record while <see cref="FormDraftState.Active"/>; never deleted — discarding or saving the form
/// only changes its state.
/// </summary>
public class FormDraft
{
    public int Id { get; set; }
    /// <summary>The Identity user id of the editor; nobody else is shown it.</summary>
    [MaxLength(450)] public required string UserId { get; set; }
    /// <summary>Which form: "event" or "source".</summary>
    [MaxLength(20)] public required string FormKey { get; set; }
    /// <summary>The record's id, or "new" for a form not saved yet.</summary>
    [MaxLength(20)] public required string RecordKey { get; set; }
    /// <summary>The form's values as JSON.</summary>
    public required string Content { get; set; }
    /// <summary>When the editor last typed into it (the last autosave).</summary>
    public Instant SavedAt { get; set; }
    public FormDraftState State { get; set; }
}

public enum FormDraftState
{
    Active,
    /// <summary>The editor chose "Discard".</summary>
    Discarded,
    /// <summary>The form was saved (a revision holds it now), or went back to the saved version.</summary>
    Superseded,
}
