using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using NodaTime;
using TimelineApp.Accounts;
using TimelineApp.Data;
using TimelineApp.Editing.Autosave;
using TimelineApp.Editing.Forms;

namespace TimelineApp.Editing.EventPages;

public partial class EventEditPage
{
    [Inject] private EventLoader Loader { get; set; } = null!;
    [Inject] private EventEditor Editor { get; set; } = null!;
    [Inject] private EventWorkflow Workflow { get; set; } = null!;
    [Inject] private EditingLookups Lookups { get; set; } = null!;
    [Inject] private SelectionPrefill Prefill { get; set; } = null!;
    [Inject] private ExistingEvents Existing { get; set; } = null!;
    [Inject] private IClock Clock { get; set; } = null!;
    [Inject] private NavigationManager Nav { get; set; } = null!;
    [Inject] private MudBlazor.ISnackbar Snackbar { get; set; } = null!;
    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = null!;

    [Parameter] public int? Id { get; set; }
    [SupplyParameterFromQuery(Name = "article")] public int? ArticleId { get; set; }
    [SupplyParameterFromQuery(Name = "quote")] public string? Quote { get; set; }
    [SupplyParameterFromQuery(Name = "saved")] public string? Saved { get; set; }

    private EventForm? form;
    private EventForm baseline = new();
    private EditContext? editContext;
    private FormRules? rules;
    private AutosaveBar? autosave;
    private SignedOutNotice? signedOut;
    // Set once the page is interactive and the unsaved-changes guard listens: typing before that could be lost.
    private bool guardReady;
    private bool isReviewer;
    private IReadOnlyList<EventType> types = [];
    private IReadOnlyList<ArticleChoice> articles = [];
    private readonly Dictionary<int, string> articleTexts = [];
    private IReadOnlyList<string> articleCountries = [];
    private EventStatus status = EventStatus.Draft;
    private string slug = "";
    private int? pendingNumber;
    private Dictionary<string, string> suggested = [];
    private IReadOnlyList<PlaceHit> suggestedPlaces = [];
    private IReadOnlyList<ExistingEvent> existing = [];
    private IReadOnlyList<ExistingEvent> citingSentence = [];
    private string? message;
    private bool messageIsError;
    private bool messageNearSave;
    private bool busy;
    private bool notFound;
    private int? loadedFor = -1;
    private List<MergeRow>? mergeRows;
    private EventForm? theirs;
    private string? conflictBy, conflictAt;

    private bool IsDirty => form is not null && Json(form) != Json(baseline);

    protected override async Task OnParametersSetAsync()
    {
        if (loadedFor == (Id ?? 0)) return;
        loadedFor = Id ?? 0;
        isReviewer = (await AuthState).User.CanReview();
        types = await Lookups.TypesAsync();
        articles = await Lookups.ArticlesAsync();
        (message, messageIsError, messageNearSave) = (Saved == "created" ? "Draft created." : null, false, false);
        if (Id is { } id) await ReloadAsync(id);
        else if (ArticleId is { } articleId)
        {
            var prefilled = await Prefill.BuildAsync(articleId, Quote);
            (suggested, suggestedPlaces) = (prefilled.Suggested.ToDictionary(), prefilled.Places);
            (message, messageIsError, messageNearSave) = (prefilled.Notice, prefilled.Notice is not null, false);
            await UseAsync(prefilled.Form, new EventForm());
            existing = citingSentence = await Existing.CitingAsync(articleId, prefilled.Form.Citations[0].Quote);
        }
        else await UseAsync(new EventForm { Citations = [new CitationForm()] }, null);
    }

    private async Task ReloadAsync(int id)
    {
        var loaded = await Loader.LoadAsync(id);
        if (loaded is null) { notFound = true; return; }
        (status, slug, pendingNumber) = (loaded.Status, loaded.Slug, loaded.PendingNumber);
        if (loaded.Form.TypeId.Length > 0 && types.All(t => t.Id != loaded.Form.TypeId)) types = await Lookups.TypesAsync(keeping: loaded.Form.TypeId);
        await UseAsync(loaded.Form, null);
    }

    /// <summary>Shows a form; the baseline is what "unsaved changes" compares with (the form itself unless given).</summary>
    private async Task UseAsync(EventForm f, EventForm? compareWith)
    {
        form = f;
        baseline = (compareWith ?? f).Clone();
        editContext = new EditContext(form);
        editContext.OnFieldChanged += FieldChanged;
        foreach (var id in form.Citations.Select(c => c.ArticleId).Distinct()) await LoadArticleTextAsync(id);
    }

    private IReadOnlyList<FormError> Check() => form is null ? [] : EventFormValidator.Validate(form,
        new EditingReferenceData(EditingData.Today(Clock), types.Select(t => t.Id).ToHashSet(), articleTexts),
        complete: status is EventStatus.InReview or EventStatus.Published);

    private void FieldChanged(object? sender, FieldChangedEventArgs e)
    {
        var f = e.FieldIdentifier;
        if (Id is null && ReferenceEquals(f.Model, form) && f.FieldName == nameof(EventForm.Title)) _ = InvokeAsync(CheckTitleAsync);
        if (ReferenceEquals(f.Model, form) && f.FieldName == nameof(EventForm.TypeId)) suggested.Remove("type");
        if (ReferenceEquals(f.Model, form) && f.FieldName is nameof(EventForm.Start) or nameof(EventForm.End) or nameof(EventForm.Approximate)) suggested.Remove("date");
        if (ReferenceEquals(f.Model, form?.Place)) suggested.Remove("place");
    }

    /// <summary>Puts autosaved work back into the form; it stays "unsaved" until Save (a changed event still meets the conflict check).</summary>
    private async Task RestoreAutosavedAsync(string json)
    {
        if (JsonSerializer.Deserialize<EventForm>(json) is not { } restored) return;
        restored.Id = Id;
        suggested.Clear(); // the restored work is the editor's own, suggestions included
        await UseAsync(restored, baseline);
        rules?.Refresh();
    }

    private async Task CheckTitleAsync()
    {
        var titled = await Existing.TitledAsync(form?.Title ?? "");
        existing = citingSentence.Concat(titled).DistinctBy(x => x.Id).ToList();
        StateHasChanged();
    }

    private void Accept(string what) => suggested.Remove(what);

    private void PlaceChanged()
    {
        suggested.Remove("place");
        rules?.Refresh();
    }

    private void ListChanged() => rules?.Refresh();

    private async Task LoadArticleTextAsync(int articleId)
    {
        if (articleId > 0 && !articleTexts.ContainsKey(articleId) && await Lookups.ArticleAsync(articleId) is { } a)
        {
            articleTexts[articleId] = a.Text;
            articleCountries = CountryMentions.In(string.Join("\n", articleTexts.Values));
        }
        rules?.Refresh();
    }

    private static string Json(EventForm f) => JsonSerializer.Serialize(f);
}
