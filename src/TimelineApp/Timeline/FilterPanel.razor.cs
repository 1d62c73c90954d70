using Microsoft.AspNetCore.Components;
using NodaTime;
using TimelineApp.Data;
using TimelineApp.Dates;
using TimelineApp.Events;

namespace TimelineApp.Timeline;

public partial class FilterPanel : IDisposable
{
    private static readonly TimeSpan SearchDelay = TimeSpan.FromMilliseconds(350);

    [Parameter, EditorRequired] public TimelineState State { get; set; } = TimelineState.Empty;
    [Parameter, EditorRequired] public IReadOnlyList<EventType> Types { get; set; } = [];
    [Parameter, EditorRequired] public IReadOnlyDictionary<string, int> Counts { get; set; } = new Dictionary<string, int>();
    [Parameter, EditorRequired] public FilterOptions Options { get; set; } = new([], [], []);
    [Parameter] public EventCallback<EventFilter> OnChange { get; set; }

    private bool open;
    private string searchText = "";
    private string fromText = "";
    private string toText = "";
    private string? fromError, toError;
    private EventFilter? shown;
    private CancellationTokenSource? searchDelay;

    private int ActiveCount => State.Filter.ToParameters().Count(p => p.Key != "sort");
    private string ClearUrl => State.Cleared().ToUrl();

    protected override void OnParametersSet()
    {
        // Follow the URL (back/forward, chart clicks) without overwriting what the reader is typing.
        if (shown == State.Filter) return;
        if (shown?.Text != State.Filter.Text && searchDelay is null) searchText = State.Filter.Text ?? "";
        if (shown?.From != State.Filter.From) (fromText, fromError) = (Iso(State.Filter.From), null);
        if (shown?.To != State.Filter.To) (toText, toError) = (Iso(State.Filter.To), null);
        shown = State.Filter;
    }

    private async Task SearchInput(ChangeEventArgs e)
    {
        searchText = e.Value?.ToString() ?? "";
        searchDelay?.Cancel();
        var delay = searchDelay = new CancellationTokenSource();
        try { await Task.Delay(SearchDelay, delay.Token); }
        catch (TaskCanceledException) { return; }
        searchDelay = null;
        await Change(State.Filter with { Text = string.IsNullOrWhiteSpace(searchText) ? null : searchText.Trim() });
    }

    private Task DateChanged(ChangeEventArgs e, bool isFrom)
    {
        var text = e.Value?.ToString()?.Trim() ?? "";
        if (isFrom) fromText = text; else toText = text;
        LocalDate? date = null;
        string? error = null;
        if (text.Length > 0)
        {
            if (PartialDate.TryParse(text, out var d)) date = isFrom ? d.Start : d.Last;
            else error = $"“{text}” is not a date. Try 2015-02-16, 2015-02, Feb 2015 or 2015.";
        }
        if (isFrom) fromError = error; else toError = error;
        if (error is not null) return Task.CompletedTask;
        var next = isFrom ? State.Filter with { From = date } : State.Filter with { To = date };
        if (next.From is { } f && next.To is { } t && t < f)
        {
            var message = "“To” is before “From”.";
            if (isFrom) fromError = message; else toError = message;
            return Task.CompletedTask;
        }
        return Change(next);
    }

    private Task SubmitAsync()
    {
        searchDelay?.Cancel();
        searchDelay = null;
        return Change(State.Filter with { Text = string.IsNullOrWhiteSpace(searchText) ? null : searchText.Trim() });
    }

    private Task Change(EventFilter filter) => OnChange.InvokeAsync(filter);

    private static string? Blank(ChangeEventArgs e) => e.Value?.ToString() is { Length: > 0 } v ? v : null;

    private static string Iso(LocalDate? d) => d is { } x ? x.ToString("uuuu-MM-dd", null) : "";

    public void Dispose() => searchDelay?.Cancel();
}
