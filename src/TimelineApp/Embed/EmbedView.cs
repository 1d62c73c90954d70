using TimelineApp.Data;
using TimelineApp.Events;
using TimelineApp.Export;
using TimelineApp.Filtering;
using TimelineApp.Sharing;

namespace TimelineApp.Embed;

/// <summary>What an embedded timeline or map shows: the filter from its query string, the taxonomy and where the app lives.</summary>
public sealed record EmbedView(EventFilter Filter, IReadOnlyDictionary<string, EventType> Types, string BaseUrl, int Total)
{
    public string Query => Filter.ToQueryString();

    public string Description => FilterDescription.Describe(Filter, Types);

    /// <summary>An absolute URL of this app with this view's query, e.g. Url("/map") for the full map.</summary>
    public string Url(string path) => BaseUrl + path + Query;

    public string EventUrl(string slug) => BaseUrl + ShareLinks.EventPath(slug);

    /// <summary>"light" or "dark" from the embed's theme parameter; null follows the reader's colour scheme.</summary>
    public string? Theme { get; init; }

    public EventType? TypeOf(string id) => Types.GetValueOrDefault(id);

    /// <summary>
    /// Reads the view for an embed route, or the answer to give instead: a 400 page naming bad parameters, or 304 when
    /// the client's copy is current (the same validators as the exports: filter, data stamp, taxonomy, host).
    /// </summary>
    public static async Task<(EmbedView? View, IResult? Instead)> LoadAsync(HttpContext http, TimelineDb db, string route)
    {
        var ct = http.RequestAborted;
        var (reading, types) = await FilterReader.ReadAsync(http.Request.Query, db, ct);
        var filter = reading.Filter;
        var (theme, themeProblem) = EmbedTheme.Read(http.Request.Query);
        if (!reading.IsValid || themeProblem is not null)
        {
            var messages = reading.Problems.Select(p => $"{p.Parameter}: {p.Message}").Append(themeProblem).OfType<string>().ToList();
            return (null, EmbedPages.Message("This view's link has a problem", messages, StatusCodes.Status400BadRequest));
        }
        var stamp = await ExportStamp.ReadAsync(db, EventQuery.Filtered(db, filter), ct);
        var baseUrl = http.RequestServices.GetRequiredService<Security.PublicUrl>().Origin;
        // The theme and the axis's lanes change the page, so they are part of its validator (the output cache keys the whole query).
        var etag = stamp.ETag("/embed/" + route, filter.ToQueryString(), baseUrl, ExportStamp.TypesKey(types.Values),
            $"theme={theme};lanes={http.Request.Query["lanes"]}");
        ConditionalGet.SetValidators(http.Response, etag, stamp.LastUpdated);
        if (ConditionalGet.IsNotModified(http.Request, etag)) return (null, Results.StatusCode(StatusCodes.Status304NotModified));
        return (new EmbedView(filter, types, baseUrl, stamp.Count) { Theme = theme }, null);
    }
}
