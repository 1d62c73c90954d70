namespace TimelineApp.Editing;

/// <summary>A new-event form started from a sentence selected in an article, with what the sentence suggests.</summary>
/// <param name="Suggested">Which parts were suggested ("type", "date", "place") and why, until the editor accepts them.</param>
public sealed record PrefilledEvent(EventForm Form, IReadOnlyDictionary<string, string> Suggested, IReadOnlyList<PlaceHit> Places, string? Notice);

public sealed class SelectionPrefill(EditingLookups lookups, Suggestions suggestions)
{
    public async Task<PrefilledEvent> BuildAsync(int articleId, string? quote, CancellationToken ct = default)
    {
        var form = new EventForm();
        var suggested = new Dictionary<string, string>();
        var article = await lookups.ArticleAsync(articleId, ct);
        if (article is null) return new PrefilledEvent(form, suggested, [], $"Article {articleId} does not exist; choose the article in the Sources section.");
        var selected = (quote ?? "").Trim();
        var exact = QuoteMatcher.FindExactWords(selected, article.Text);
        form.Citations.Add(new CitationForm { ArticleId = article.Id, Quote = exact ?? selected });
        string? notice = exact is null && selected.Length > 0
            ? "The selected words were not found in the article as they are; check the quote."
            : null;
        if (selected.Length == 0) return new PrefilledEvent(form, suggested, [], notice);

        var s = await suggestions.SuggestAsync(form.Citations[0].Quote, article.PublishedDate, CountryMentions.In(article.Text), ct);
        if (s.Type is { } type)
        {
            form.TypeId = type.TypeId;
            suggested["type"] = $"because {type.Why}.";
        }
        if (s.Date is { } date)
        {
            form.Start = date.Span.Start.Format();
            form.End = date.Span.End?.Format();
            form.Approximate = date.Span.Approximate;
            form.DateNote = date.Why;
            suggested["date"] = $"{date.Span.Format()}: {date.Why}.";
        }
        if (s.Places.Count > 0)
        {
            var p = s.Places[0];
            form.Place = new PlaceForm { PlaceId = p.PlaceId, Name = p.Name, Country = p.Country, Latitude = p.Latitude, Longitude = p.Longitude, GeoPrecision = p.Precision };
            suggested["place"] = $"{p.Label}: named in the sentence" + (s.Places.Count > 1 ? $" (also: {string.Join(", ", s.Places.Skip(1).Select(x => x.Label))})." : ".");
        }
        return new PrefilledEvent(form, suggested, s.Places, notice);
    }
}
