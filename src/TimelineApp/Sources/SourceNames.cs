using TimelineApp.Dates;

namespace TimelineApp.Sources;

/// <summary>How outlets, authors and publication dates read on every page ("unknown" is stored for sources that do not say).</summary>
public static class SourceNames
{
    public const string Unknown = "unknown";

    public static string Outlet(string outlet) => IsUnknown(outlet) ? "Unknown outlet" : outlet;

    public static string Author(string author) => IsUnknown(author) ? "author not named" : author;

    /// <summary>"2015-02-17" (as in the public JSON) → "17 Feb 2015".</summary>
    public static string Date(string iso) => PartialDate.TryParse(iso, out var d) ? d.Format() : iso;

    public static string Date(NodaTime.LocalDate date) => PartialDate.Of(date, DatePrecision.Day).Format();

    private static bool IsUnknown(string s) => string.IsNullOrWhiteSpace(s) || string.Equals(s.Trim(), Unknown, StringComparison.OrdinalIgnoreCase);
}
