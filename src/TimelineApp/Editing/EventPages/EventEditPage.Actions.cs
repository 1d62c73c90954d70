using MudBlazor;
using NodaTime;
using NodaTime.Text;

namespace TimelineApp.Editing.EventPages;

// Saving, conflicts and workflow steps of the event form.
public partial class EventEditPage
{
    private async Task SaveAsync(bool publishDirectly)
    {
        if (form is null || editContext is null || busy) return;
        if (suggested.Count > 0)
        {
            Say($"Check the suggested {string.Join(" and ", suggested.Keys)}: accept or change {(suggested.Count == 1 ? "it" : "them")} before saving.", true);
            return;
        }
        if (!editContext.Validate())
        {
            Say("Some fields need attention; the problems are shown next to them.", true);
            return;
        }
        busy = true;
        try
        {
            // The account is checked now, not as it was when the form opened: a sign-out in another tab refuses the
            // save here and the notice says so, with the typing kept.
            if (await WriterAsync() is not { } writer) return;
            var result = await Editor.SaveAsync(form, writer, publishDirectly);
            await ShowResultAsync(result);
        }
        finally
        {
            busy = false;
        }
    }

    private async Task ShowResultAsync(EditResult result)
    {
        switch (result.Outcome)
        {
            case EditOutcome.Saved or EditOutcome.Proposed when Id is null:
                baseline = form!.Clone();
                if (autosave is not null) await autosave.SavedAsync();
                Nav.NavigateTo($"/edit/events/{result.EventId}?saved=created", replace: true);
                return;
            case EditOutcome.Saved or EditOutcome.Proposed:
                (mergeRows, theirs) = (null, null);
                if (autosave is not null) await autosave.SavedAsync();
                await ReloadAsync(result.EventId!.Value);
                message = null;
                Snackbar.Add(result.Message!, Severity.Success);
                return;
            case EditOutcome.Invalid:
                rules?.ShowAll(result.Errors ?? []);
                Say(result.Message!, true);
                return;
            case EditOutcome.Conflict when result.Conflict is { } c:
                theirs = c.Theirs;
                mergeRows = ConflictMerge.Compare(c.Base ?? baseline, form!, theirs, await Lookups.ArticleLabelsAsync());
                conflictBy = c.By;
                conflictAt = c.At is { } at ? InstantPattern.General.Format(at).Replace('T', ' ').TrimEnd('Z') + " UTC" : null;
                Say(result.Message!, true);
                Snackbar.Add("Edit conflict: compare the two versions below the form.", Severity.Warning);
                return;
            default:
                Say(result.Message ?? "The event could not be saved.", true);
                return;
        }
    }

    private async Task SaveMergedAsync()
    {
        if (form is null || theirs is null || mergeRows is null) return;
        var merged = ConflictMerge.Merge(form, theirs, mergeRows);
        var theirsBase = theirs.Clone();
        await UseAsync(merged, theirsBase);
        (mergeRows, theirs) = (null, null);
        await SaveAsync(false);
    }

    private async Task OverwriteAsync()
    {
        if (mergeRows is null) return;
        foreach (var row in mergeRows) row.TakeTheirs = false;
        await SaveMergedAsync();
    }

    private async Task TakeTheirs()
    {
        if (theirs is null) return;
        await UseAsync(theirs, null);
        (mergeRows, theirs, message) = (null, null, null);
    }

    private async Task RunStepAsync(WorkflowStep step)
    {
        if (form?.Id is not { } id || busy) return;
        busy = true;
        try
        {
            if (await WriterAsync() is not { } writer) return;
            var note = string.IsNullOrWhiteSpace(form.Note) ? null : form.Note;
            var result = step switch
            {
                WorkflowStep.Submit => await Workflow.SubmitAsync(id, form.Version, writer, note),
                WorkflowStep.Publish => await Workflow.PublishAsync(id, form.Version, writer, note),
                WorkflowStep.ReturnToDraft => await Workflow.ReturnToDraftAsync(id, form.Version, writer, note),
                WorkflowStep.Archive => await Workflow.ArchiveAsync(id, form.Version, writer, note),
                WorkflowStep.Restore => await Workflow.RestoreAsync(id, form.Version, writer, note),
                WorkflowStep.Approve => await Workflow.ApproveAsync(id, pendingNumber ?? 0, writer, note),
                _ => await Workflow.RejectAsync(id, pendingNumber ?? 0, writer, note),
            };
            if (result.Outcome == EditOutcome.Conflict)
            {
                await ShowResultAsync(result);
                return;
            }
            if (result.Succeeded) await ReloadAsync(id);
            Say(result.Message ?? "", !result.Succeeded, nearSave: false);
        }
        finally
        {
            busy = false;
        }
    }

    private async Task<System.Security.Claims.ClaimsPrincipal?> WriterAsync()
    {
        var writer = signedOut is null ? null : await signedOut.UserForWriteAsync();
        if (writer is null) message = null; // the notice by the Save button says what happened
        return writer;
    }

    /// <summary>Shows an outcome where the person is looking: by the Save button, or by the status buttons at the top.</summary>
    private void Say(string text, bool isError, bool nearSave = true) => (message, messageIsError, messageNearSave) = (text, isError, nearSave);
}
