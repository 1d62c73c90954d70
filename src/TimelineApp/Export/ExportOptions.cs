namespace TimelineApp.Export;

/// <summary>Limits of the export endpoints (configuration section "Export").</summary>
public sealed class ExportOptions
{
    /// <summary>Most events one data export (CSV, JSON, GeoJSON, iCalendar, TimelineJS) returns.</summary>
    public int MaxEvents { get; set; } = 10_000;

    /// <summary>Most events drawn in the SVG image; more than this is unreadable on a page anyway.</summary>
    public int MaxSvgEvents { get; set; } = 400;
}
