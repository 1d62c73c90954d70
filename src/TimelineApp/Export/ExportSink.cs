using System.Text;

namespace TimelineApp.Export;

/// <summary>
/// Where a writer puts its output: a small in-memory buffer that writers fill synchronously (CsvHelper,
/// Utf8JsonWriter and StreamWriter all write synchronously) and that is copied to the response asynchronously
/// whenever it grows past a threshold, so a large export never sits in memory and Kestrel never sees sync IO.
/// </summary>
public sealed class ExportSink(Stream destination) : IAsyncDisposable
{
    private const int FlushThreshold = 32 * 1024;
    private readonly MemoryStream _buffer = new();
    private StreamWriter? _text;

    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The buffer as a stream, for writers that produce bytes.</summary>
    public Stream Bytes => _buffer;

    /// <summary>The buffer as UTF-8 text (no byte-order mark).</summary>
    public TextWriter Text => _text ??= new StreamWriter(_buffer, Utf8, bufferSize: 4096, leaveOpen: true);

    /// <summary>Sends the buffered output once enough has gathered (or always, when <paramref name="force"/>).</summary>
    public async Task FlushAsync(bool force = false, CancellationToken ct = default)
    {
        _text?.Flush();
        if (_buffer.Length == 0 || (!force && _buffer.Length < FlushThreshold)) return;
        _buffer.Position = 0;
        await _buffer.CopyToAsync(destination, ct);
        _buffer.SetLength(0);
    }

    public async ValueTask DisposeAsync()
    {
        await FlushAsync(force: true);
        if (_text is not null) await _text.DisposeAsync();
        await _buffer.DisposeAsync();
    }
}
