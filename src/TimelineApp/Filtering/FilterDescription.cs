using NodaTime;
using TimelineApp.Data;
using TimelineApp.Dates;
using TimelineApp.Events;
using TimelineApp.Timeline;
using TimelineApp.Common;

namespace TimelineApp.Filtering;

/// <summary>A filter in words for titles and captions: "Airstrike, Bombing · Libya · Feb 2015".</summary>
public static class FilterDescription
{
    public static string Describe(EventFilter f, IReadOnlyDictionary<string, EventType> types)
    {
        var parts = new List<string>();
        if (f.Types.Count > 0) parts.Add(string.Join(", ", f.Types.Select(t => types.TryGetValue(t, out var type) ? type.Name : t)));
        if (f.Country is { } country) parts.Add(CountryNames.Name(country));
        if (f.Actor is { } actor) parts.Add($"involving {actor}");
        if (f.Tags.Count > 0) parts.Add($"tagged {string.Join(", ", f.Tags)}");
        if (f.Text is { } text) parts.Add($"matching “{text}”");
        if (f.From is not null || f.To is not null) parts.Add(Window(f.From, f.To));
        return parts.Count == 0 ? "All events" : string.Join(" · ", parts);
    }

    /// <summary>"16–20 Feb 2015"; whole months and years read as such ("Feb 2015", "2014 – 2015"); "from 16 Feb 2015".</summary>
    private static string Window(LocalDate? from, LocalDate? to)
    {
        if (from is not { } a) return $"until {PartialDate.Of(to!.Value, DatePrecision.Day).Format()}";
        if (to is not { } b) return $"from {PartialDate.Of(a, DatePrecision.Day).Format()}";
        var precision = a.Day != 1 || b != b.With(DateAdjusters.EndOfMonth) ? DatePrecision.Day
            : a.Month == 1 && b.Month == 12 ? DatePrecision.Year : DatePrecision.Month;
        return new DateSpan(PartialDate.Of(a, precision), PartialDate.Of(b, precision), Approximate: false).Format();
    }
}
