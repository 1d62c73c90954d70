using Microsoft.AspNetCore.Components;
using TimelineApp.Data;
using TimelineApp.Dates;
using TimelineApp.Timeline;
using TimelineApp.Filtering;

namespace TimelineApp.Events;

/// <summary>Everything about one event (static server rendering: nothing here needs a circuit but "Copy link").</summary>
public partial class EventDetailPage
{
    [Parameter] public string Slug { get; set; } = "";
    [CascadingParameter] private HttpContext? HttpContext { get; set; }
    [Inject] private EventPageQuery Query { get; set; } = null!;
    [Inject] private NavigationManager Nav { get; set; } = null!;
    [Inject] private Security.PublicUrl PublicUrl { get; set; } = null!;

    private EventPageModel? model;

    private string EventPath => Sharing.ShareLinks.EventPath(Slug);

    private string Permalink => PublicUrl.For(EventPath);

    /// <summary>The timeline around this event (its month, or its year), with the event selected and in view.</summary>
    private string InContextUrl
    {
        get
        {
            var start = model!.Event.Dates.Start;
            var window = start.Precision == DatePrecision.Year ? start : PartialDate.Of(start.Start, DatePrecision.Month);
            // The fragment scrolls the prerendered timeline straight to the event.
            return new TimelineState(EventFilter.None with { From = window.Start, To = window.Last }, 1, model.Event.Slug, []).ToUrl()
                + "#entry-" + model.Event.Slug;
        }
    }

    private IReadOnlyList<Citation> Citations => model!.Event.Citations.OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToList();

    private string PrecisionText
    {
        get
        {
            var e = model!.Event;
            var known = e.DatePrecision switch
            {
                DatePrecision.Day => "known to the day",
                DatePrecision.Month => "known only to the month",
                _ => "known only to the year",
            };
            return e.Approximate ? $"approximate; {known}" : known;
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        model = await Query.BySlugAsync(Slug);
        if (model is not null) return;
        if (await Query.CurrentSlugForAliasAsync(Slug) is { } current)
        {
            Nav.NavigateTo(Sharing.ShareLinks.EventPath(current));
            return;
        }
        if (HttpContext is { Response.HasStarted: false }) HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
    }

    private static string FilterUrl(EventFilter f) => "/" + f.ToQueryString();
}
