using Microsoft.AspNetCore.Components;
using TimelineApp.Timeline;
using TimelineApp.Common;

namespace TimelineApp.Sources;

/// <summary>An article's full text with every quote that a published event cites marked and linked.</summary>
public partial class SourceReaderPage
{
    [Parameter] public int Id { get; set; }
    [CascadingParameter] private HttpContext? HttpContext { get; set; }
    [Inject] private SourceQuery Query { get; set; } = null!;

    private SourceReader? reader;
    private ArticleLayout? layout;
    private Capture.PreservedState? preserved;
    [Inject] private Capture.PreservedCopies Preserved { get; set; } = null!;

    private string CitedByText
    {
        get
        {
            var events = reader!.Quotes.Select(q => q.EventSlug).Distinct().Count();
            var quotes = reader.Quotes.Count;
            return $"{Counting.Events(events)}, {Counting.Of(quotes, "quote", "quotes")}";
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        reader = await Query.ByIdAsync(Id);
        if (reader is null)
        {
            if (HttpContext is { Response.HasStarted: false }) HttpContext.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        layout = ArticleLayoutBuilder.Build(reader.Article.Text, reader.Quotes);
        preserved = (await Preserved.ForArticlesAsync([Id])).GetValueOrDefault(Id);
    }

    /// <summary>One link per event, even when an event quotes the same passage twice.</summary>
    private static IEnumerable<QuoteRef> EventsOf(IEnumerable<QuoteRef> quotes) => quotes.DistinctBy(q => q.EventSlug);
}
