using TimelineApp.Events;
using TimelineApp.Timeline;
using TimelineApp.Common;

namespace TimelineApp.Sharing;

/// <summary>The words of link previews (Open Graph, Twitter cards): what, when, where, and that it is sourced.</summary>
public static class SocialMetaText
{
    public const int MaxDescription = 240;

    /// <summary>"16 Feb 2015 · Derna, Libya · Airstrike — A day after the beheading video, Egypt bombed…"</summary>
    public static string ForEvent(EventDto e)
    {
        var facts = string.Join(" · ", new[] { e.DateText, e.Place is { } p ? CountryNames.PlaceWithCountry(p.Name, p.Country) : null, e.TypeName }.Where(s => s is not null));
        return Cut($"{facts} — {e.Summary}");
    }

    /// <summary>"24 events · Airstrike, Bombing · Libya — a sourced timeline on TimelineApp"</summary>
    public static string ForView(string filterDescription, int count) =>
        Cut($"{Counting.Events(count)} · {filterDescription} — every event tied to the words of its sources");

    /// <summary>"Timeline: Airstrike, Bombing · Libya · TimelineApp", or "Map: …": the title of a filtered view wherever it is shared.</summary>
    public static string ViewTitle(bool isMap, string filterDescription) => $"{(isMap ? "Map" : "Timeline")}: {filterDescription} · TimelineApp";

    private static string Cut(string text) => text.Length <= MaxDescription ? text : text[..(MaxDescription - 1)].TrimEnd() + "…";
}
