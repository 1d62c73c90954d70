using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;

namespace TimelineApp.Editing.Forms;

/// <summary>
/// Connects a validator class to an EditForm: messages appear next to the fields the person has touched
/// while typing, and next to every field once they try to save. Server-side results use the same messages.
/// </summary>
public sealed class FormRules : ComponentBase, IDisposable
{
    [CascadingParameter] private EditContext? CurrentEditContext { get; set; }
    [Parameter, EditorRequired] public Func<IReadOnlyList<FormError>> Validate { get; set; } = null!;

    private EditContext? _context;
    private ValidationMessageStore? _store;
    private bool _showAll;

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(CurrentEditContext, _context)) return;
        Detach();
        _context = CurrentEditContext ?? throw new InvalidOperationException("FormRules must be inside an EditForm.");
        _store = new ValidationMessageStore(_context);
        _showAll = false;
        _context.OnValidationRequested += OnValidationRequested;
        _context.OnFieldChanged += OnFieldChanged;
    }

    /// <summary>Re-checks after a change the inputs do not report (a row added or removed).</summary>
    public void Refresh() => Show(Validate());

    /// <summary>Shows problems the server found (same validator, so normally none the form had not shown).</summary>
    public void ShowAll(IEnumerable<FormError> errors)
    {
        _showAll = true;
        Show(errors);
    }

    private void OnValidationRequested(object? sender, ValidationRequestedEventArgs e)
    {
        _showAll = true;
        Show(Validate());
    }

    private void OnFieldChanged(object? sender, FieldChangedEventArgs e) => Show(Validate());

    private void Show(IEnumerable<FormError> errors)
    {
        if (_context is null || _store is null) return;
        _store.Clear();
        foreach (var error in errors)
        {
            var field = new FieldIdentifier(error.Model, error.Field);
            if (_showAll || _context.IsModified(field)) _store.Add(field, error.Message);
        }
        _context.NotifyValidationStateChanged();
    }

    private void Detach()
    {
        if (_context is null) return;
        _context.OnValidationRequested -= OnValidationRequested;
        _context.OnFieldChanged -= OnFieldChanged;
    }

    public void Dispose() => Detach();
}
