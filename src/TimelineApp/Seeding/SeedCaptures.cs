using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Capture;
using TimelineApp.Data;

namespace TimelineApp.Seeding;

/// <summary>
/// The seed articles were read from files, not fetched, and name no address: each gets one capture made from its
/// stored text, marked as an uploaded copy with no address invented. Added once, also to databases seeded earlier.
/// </summary>
public static class SeedCaptures
{
    public const string ContentType = "text/plain; charset=utf-8";

    public static async Task<int> AddMissingAsync(TimelineDb db, IReadOnlyCollection<string> articleKeys, Instant now, CancellationToken ct)
    {
        var missing = await db.Articles.Where(a => articleKeys.Contains(a.Key) && !db.SourceCaptures.Any(c => c.ArticleId == a.Id))
            .Select(a => new { a.Id, a.Text, a.Url }).ToListAsync(ct);
        foreach (var a in missing)
        {
            var bytes = Encoding.UTF8.GetBytes(a.Text);
            db.SourceCaptures.Add(new SourceCapture
            {
                ArticleId = a.Id, Number = 1, RequestedUrl = a.Url, ContentType = ContentType, CapturedAt = now, CapturedBy = "seed",
                Sha256 = CaptureStore.Sha256Hex(bytes), Length = bytes.LongLength, Content = bytes, IsUpload = true, ExtractedText = a.Text,
            });
        }
        await db.SaveChangesAsync(ct);
        return missing.Count;
    }
}
