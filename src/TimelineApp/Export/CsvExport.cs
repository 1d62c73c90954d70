using TimelineApp.Data;
using TimelineApp.Editing.Csv;

namespace TimelineApp.Export;

/// <summary>/export/events.csv: the published events the filter selects, in the editors' CSV (the import reads it back).</summary>
public sealed class CsvExport : IExportFormat
{
    public string Path => "/export/events.csv";
    public string Label => "CSV";
    public string Purpose => "for spreadsheets";
    public string ContentType => "text/csv; charset=utf-8";
    public string FileExtension => "csv";
    public bool Inline => false;

    public Task WriteAsync(ExportContext context, IAsyncEnumerable<Event> events, ExportSink sink, CancellationToken ct) =>
        EventCsvWriter.WriteAsync(events, sink, ct);
}
