using System.ComponentModel.DataAnnotations;
using NodaTime;
using TimelineApp.Dates;

namespace TimelineApp.Editing.SourceForms;

/// <summary>All rules for a source article: annotations, a real absolute web address, a past publication day,
/// and a text that still contains every quote already cited from it.</summary>
public static class SourceFormValidator
{
    public static IReadOnlyList<FormError> Validate(SourceForm f, LocalDate today, IReadOnlyList<string> citedQuotes)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(f, new ValidationContext(f), results, validateAllProperties: true);
        var errors = results.Select(r => new FormError(f, r.MemberNames.FirstOrDefault() ?? "", r.ErrorMessage ?? "Not valid.")).ToList();
        if (!string.IsNullOrWhiteSpace(f.Url) && !IsWebAddress(f.Url))
            errors.Add(new(f, nameof(f.Url), "Enter the full web address, starting with http:// or https://."));
        if (!string.IsNullOrWhiteSpace(f.PublishedDate))
        {
            if (!PartialDate.TryParse(f.PublishedDate, out var d) || d.Precision != DatePrecision.Day)
                errors.Add(new(f, nameof(f.PublishedDate), $"'{f.PublishedDate.Trim()}' is not a day; write 17 Feb 2015 or 2015-02-17."));
            else if (d.Start > today)
                errors.Add(new(f, nameof(f.PublishedDate), $"{d.Format()} is in the future."));
        }
        var broken = citedQuotes.Where(q => q.Length > 0 && !f.Text.Contains(q, StringComparison.Ordinal)).ToList();
        if (broken.Count > 0)
            errors.Add(new(f, nameof(f.Text), $"{broken.Count} citation{(broken.Count == 1 ? "" : "s")} quote{(broken.Count == 1 ? "s" : "")} words this text no longer contains, e.g. “{Shorten(broken[0])}”. Keep those words or change the citations first."));
        return errors;
    }

    public static bool IsWebAddress(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0;

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..80] + "…";
}
