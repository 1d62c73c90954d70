using TimelineApp.Data;

namespace TimelineApp.Export;

/// <summary>One export format at one stable URL; writers get the selected events streamed in the filter's order.</summary>
public interface IExportFormat
{
    /// <summary>The URL path, e.g. "/export/events.csv".</summary>
    string Path { get; }

    /// <summary>The name in download menus, e.g. "GeoJSON", and what it is for, e.g. "for GIS and web maps".</summary>
    string Label { get; }

    string Purpose { get; }

    string ContentType { get; }

    string FileExtension { get; }

    /// <summary>Whether browsers should show the file (JSON, SVG) rather than save it (CSV, iCalendar).</summary>
    bool Inline { get; }

    int Limit(ExportOptions options) => options.MaxEvents;

    Task WriteAsync(ExportContext context, IAsyncEnumerable<Event> events, ExportSink sink, CancellationToken ct);
}
