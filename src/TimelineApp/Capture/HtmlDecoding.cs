using System.Text;
using System.Text.RegularExpressions;

namespace TimelineApp.Capture;

/// <summary>Bytes to text by the charset the server named, else the page's own meta charset, else UTF-8.</summary>
public static partial class HtmlDecoding
{
    static HtmlDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes, string contentType)
    {
        var charset = CharsetPattern().Match(contentType) is { Success: true } m ? m.Groups[1].Value : null;
        if (charset is null)
        {
            var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 2048));
            charset = MetaCharsetPattern().Match(head) is { Success: true } meta ? meta.Groups[1].Value : null;
        }
        var encoding = Encoding.UTF8;
        if (charset is not null)
        {
            try { encoding = Encoding.GetEncoding(charset.Trim('"', '\'')); }
            catch (ArgumentException) { /* an unknown charset name: UTF-8, as browsers mostly do */ }
        }
        return encoding.GetString(bytes).TrimStart('\uFEFF');
    }

    [GeneratedRegex(@"charset\s*=\s*""?([\w\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([\w\-:.]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharsetPattern();
}
