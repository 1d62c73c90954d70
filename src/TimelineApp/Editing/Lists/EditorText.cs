using NodaTime;
using NodaTime.Text;

namespace TimelineApp.Editing.Lists;

/// <summary>How editors' lists write a moment: to the minute, in UTC, the same in every culture.</summary>
public static class EditorText
{
    private static readonly InstantPattern Minutes = InstantPattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    public static string Moment(Instant at) => Minutes.Format(at) + " UTC";
}
