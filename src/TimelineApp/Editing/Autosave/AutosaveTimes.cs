using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace TimelineApp.Editing.Autosave;

/// <summary>How the autosave says when work was typed: "14:03 UTC" today, "1 Dec 2026 14:03 UTC" before.</summary>
public static class AutosaveTimes
{
    private static readonly LocalDateTimePattern Today = LocalDateTimePattern.CreateWithInvariantCulture("HH:mm");
    private static readonly LocalDateTimePattern Earlier = LocalDateTimePattern.Create("d MMM yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Describe(Instant at, Instant now)
    {
        var local = at.InUtc().LocalDateTime;
        var pattern = local.Date == now.InUtc().Date ? Today : Earlier;
        return pattern.Format(local) + " UTC";
    }
}
