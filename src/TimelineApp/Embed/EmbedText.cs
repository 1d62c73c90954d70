using TimelineApp.Events;

namespace TimelineApp.Embed;

public static class EmbedText
{
    /// <summary>The start date with only its known parts ("2015-02" for a month), as a &lt;time datetime&gt; value.</summary>
    public static string IsoDate(EventDto e) => e.DatePrecision switch
    {
        "year" => e.StartDate[..4],
        "month" => e.StartDate[..7],
        _ => e.StartDate,
    };
}
