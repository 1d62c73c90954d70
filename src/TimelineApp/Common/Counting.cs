using System.Globalization;

namespace TimelineApp.Common;

/// <summary>"1 event", "16,671 events": counts as readers see them everywhere.</summary>
public static class Counting
{
    public static string Of(int n, string one, string many) =>
        n == 1 ? $"1 {one}" : string.Create(CultureInfo.InvariantCulture, $"{n:N0} {many}");

    public static string Events(int n) => Of(n, "event", "events");

    public static string Number(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>"2 sources (4 quotes)": the articles an event cites, and the quotes taken from them.</summary>
    public static string Sources(IReadOnlyCollection<Events.CitationDto> citations) =>
        $"{Of(citations.Select(c => c.ArticleId).Distinct().Count(), "source", "sources")} ({Of(citations.Count, "quote", "quotes")})";
}
