using System.Globalization;
using System.Security.Claims;
using Microsoft.Extensions.Options;
using NodaTime;
using TimelineApp.Accounts;
using TimelineApp.Editing;
using TimelineApp.Editing.SourceForms;

namespace TimelineApp.Capture;

/// <summary>A stored capture and the source it belongs to (new, or the one that already had this address).</summary>
public sealed record CaptureOutcome(int ArticleId, CaptureInfo Capture, bool NewSource);

/// <summary>
/// Address or upload → bytes → article → source. The same address again adds a capture to the source it already
/// belongs to; a new address makes a source through <see cref="SourceEditor"/>, so it waits for a reviewer as any
/// editor's new article does.
/// </summary>
public sealed class CaptureService(SafeFetcher fetcher, CaptureStore store, SourceEditor sources, IOptions<CaptureOptions> options, IClock clock)
{
    /// <summary>Set as the date note when the page named no publication day and the capture day stands in for it.</summary>
    public const string UnknownDateNote = "The page does not say when it was published; the day it was captured stands in until an editor corrects it.";

    public static Uri ParseAddress(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) throw new CaptureRefusedException("Give the web address (url) to capture.");
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            throw new CaptureRefusedException($"'{Shorten(url.Trim())}' is not a full web address; write it with https://.");
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            throw new CaptureRefusedException($"Only http and https addresses can be captured, not {uri.Scheme}:.");
        return uri;
    }

    public async Task<PendingCapture> FetchAsync(string? url, CancellationToken ct = default)
    {
        var fetched = await fetcher.FetchAsync(ParseAddress(url), ct);
        if (!fetched.IsSuccess)
            throw new CaptureRefusedException($"The page answered HTTP {fetched.Status}; nothing was captured.",
                fetched.Status is 404 or 410 ? CaptureFailure.NotFound : CaptureFailure.Unreachable);
        return PendingCapture.From(fetched, Read(fetched.Body, fetched.ContentType, fetched.FinalUrl));
    }

    /// <summary>A saved copy (HTML or PDF) an editor uploads for the address they name: the same reading, marked uploaded.</summary>
    public PendingCapture FromUpload(string? url, string? contentType, byte[] bytes)
    {
        var address = ParseAddress(url);
        if (bytes.LongLength > options.Value.MaxBytes)
            throw new CaptureRefusedException($"The file is larger than {options.Value.MaxBytes / (1024 * 1024.0):0.#} MB.");
        if (bytes.Length == 0) throw new CaptureRefusedException("The file is empty.");
        var type = ArticleExtractor.IsPdf(contentType ?? "", bytes) ? "application/pdf"
            : ArticleExtractor.IsHtml(contentType ?? "") || LooksLikeHtml(bytes) ? contentType is { Length: > 0 } t && ArticleExtractor.IsHtml(t) ? t : "text/html"
            : throw new CaptureRefusedException("Upload a saved web page (HTML) or a PDF.");
        return new PendingCapture(address.AbsoluteUri, null, null, type, [], bytes, true, Read(bytes, type, address));
    }

    /// <summary>Stores the capture: on the source that already has the address, else on a new source filled from the article.</summary>
    public async Task<(CaptureOutcome? Outcome, EditResult? Refusal)> SaveAsync(PendingCapture p, ClaimsPrincipal user, CancellationToken ct = default)
    {
        if (!user.CanEdit()) return (null, EditResult.Denied("Sign in as an editor to capture sources."));
        var urls = new[] { p.RequestedUrl, p.FinalUrl }.OfType<string>().Distinct().ToList();
        if (await store.FindSourceAsync(urls, ct) is { } existing) return (await AttachAsync(existing, p, user, isNew: false, ct), null);
        var saved = await sources.SaveAsync(FormFor(p, fillUnknownDate: true), user, ct);
        if (!saved.Succeeded || saved.EventId is not { } id) return (null, saved);
        return (await AttachAsync(id, p, user, isNew: true, ct), null);
    }

    /// <summary>Stores a capture on a source (the form's new one, or the one the address belongs to); a fetched one also marks the address live.</summary>
    public async Task<CaptureOutcome> AttachAsync(int articleId, PendingCapture p, ClaimsPrincipal user, bool isNew, CancellationToken ct = default)
    {
        var info = await store.AddAsync(articleId, p, user.NameForHistory(), ct);
        if (!p.IsUpload) await store.SetLinkAsync(articleId, Data.LinkStatus.Live, 0, null, "Captured.", ct);
        return new CaptureOutcome(articleId, info, isNew);
    }

    /// <summary>The new-source form as the capture fills it; without <paramref name="fillUnknownDate"/> an unknown day stays empty for the editor.</summary>
    public SourceForm FormFor(PendingCapture p, bool fillUnknownDate)
    {
        var a = p.Article;
        var today = clock.GetCurrentInstant().InUtc().Date;
        var day = a.PublishedAt is { } at ? LocalDate.FromDateTime(at.DateTime) : (LocalDate?)null;
        var language = a.Language is { } l && System.Text.RegularExpressions.Regex.IsMatch(l, "^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$") && l.Length <= 12
            ? l : TextDirection.GuessLanguage(a.Text);
        return new SourceForm
        {
            Outlet = Cut(a.Outlet ?? "unknown", 200), Author = Cut(a.Author ?? "unknown", 200),
            Headline = Cut(a.Headline ?? "(no headline)", 400), Url = p.RequestedUrl, Language = language, Text = a.Text,
            PublishedDate = day?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? (fillUnknownDate ? today.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : ""),
            DateNote = a.PublishedAt is { } when ? $"The page's metadata gives {when.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)}."
                : fillUnknownDate ? UnknownDateNote : null,
        };
    }

    private static ExtractedArticle Read(byte[] bytes, string contentType, Uri address)
    {
        var article = ArticleExtractor.Extract(bytes, contentType, address);
        if (article.Text.Length == 0) throw new CaptureRefusedException("No article text could be read from the page; upload a saved copy or paste the text.");
        if (article.Text.Length > 1_000_000) throw new CaptureRefusedException("The article text is longer than 1,000,000 characters; it cannot be a source as one article.");
        return article;
    }

    private static bool LooksLikeHtml(byte[] bytes) =>
        System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 1024)).TrimStart().StartsWith('<');

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..80] + "…";
}
