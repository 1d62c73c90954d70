using System.Xml.Linq;
using TimelineApp.Data;
using TimelineApp.Events;

namespace TimelineApp.Export;

/// <summary>
/// /export/events.svg: a static timeline picture for print – title with the filter, axis with ticks, one mark per
/// event in its type's colour and shape over the dates it may cover, labels in non-overlapping lanes, a legend of
/// types and a source line. Built with XElement, so every piece of text is XML-escaped.
/// </summary>
public sealed class SvgExport : IExportFormat
{
    public string Path => "/export/events.svg";
    public string Label => "SVG image";
    public string Purpose => "a timeline picture for print";
    public string ContentType => "image/svg+xml";
    public string FileExtension => "svg";
    public bool Inline => true;

    public int Limit(ExportOptions options) => options.MaxSvgEvents;

    public async Task WriteAsync(ExportContext context, IAsyncEnumerable<Event> events, ExportSink sink, CancellationToken ct)
    {
        var items = new List<SvgItem>();
        await foreach (var e in events.WithCancellation(ct))
        {
            var span = e.Dates;
            items.Add(new SvgItem(e.Slug, e.Title, span.Format(), span.Start.Start, span.Last.PlusDays(1), e.TypeId));
        }
        var svg = SvgTimelineDrawing.Draw(context, items);
        new XDocument(new XDeclaration("1.0", "utf-8", null), svg).Save(sink.Text, SaveOptions.DisableFormatting);
        await sink.FlushAsync(force: true, ct);
    }
}
