using System.Text.RegularExpressions;

namespace TimelineApp.Events;

/// <summary>The rules every way of writing an event obeys (seed import, editor forms, CSV import).</summary>
public static partial class EventRules
{
    public const int TitleMax = 200;
    public const int SummaryMax = 4000;
    public const int QuoteMax = 2000;
    public const int TagMax = 60;

    public static string? CheckCoordinates(double? latitude, double? longitude)
    {
        if (latitude is null || longitude is null) return "latitude and longitude are both required";
        if (double.IsNaN(latitude.Value) || latitude is < -90 or > 90) return $"latitude {latitude} is outside −90…90";
        if (double.IsNaN(longitude.Value) || longitude is < -180 or > 180) return $"longitude {longitude} is outside −180…180";
        return null;
    }

    public static string? CheckCounts(int? killedMin, int? killedMax, int? injured)
    {
        if (killedMin < 0 || killedMax < 0 || injured < 0) return "casualty counts cannot be negative";
        if (killedMin > killedMax) return $"killed min ({killedMin}) is greater than killed max ({killedMax})";
        return null;
    }

    /// <summary>Null when the quote occurs verbatim in the text, else a message saying how far it matched.</summary>
    public static string? CheckQuote(string quote, string articleText)
    {
        if (string.IsNullOrWhiteSpace(quote)) return "the quote is empty";
        if (quote.Length > QuoteMax) return $"the quote is {quote.Length} characters; at most {QuoteMax}";
        if (articleText.Contains(quote, StringComparison.Ordinal)) return null;
        var matched = LongestMatchedPrefix(quote, articleText);
        return matched == 0
            ? "the quote does not occur in the article's text"
            : $"the quote does not occur verbatim in the article: it matches up to \"{quote[..matched]}\" and differs from character {matched + 1}";
    }

    private static int LongestMatchedPrefix(string quote, string text)
    {
        int lo = 0, hi = quote.Length;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (text.Contains(quote[..mid], StringComparison.Ordinal)) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    public static bool IsSlug(string slug) => slug.Length is > 0 and <= 120 && SlugPattern().IsMatch(slug);

    /// <summary>"Egyptian airstrikes on Derna!" → "egyptian-airstrikes-on-derna".</summary>
    public static string Slugify(string title)
    {
        var folded = new string(title.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .ToArray()).ToLowerInvariant();
        var slug = NonSlugChars().Replace(folded, "-").Trim('-');
        if (slug.Length > 80) slug = slug[..80].TrimEnd('-');
        return slug.Length == 0 ? "event" : slug;
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonSlugChars();
}
