using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Data;

namespace TimelineApp.Export;

/// <summary>
/// The state of the selected events that an export depends on: how many, when the newest change was, and the sum
/// of their versions (every editor save bumps a version), plus the source articles they cite (outlet, headline, URL
/// and date appear in exports): an article changes only with a new applied revision, so the count and newest id of
/// those revisions change with it. Read with two small aggregate queries, before streaming.
/// </summary>
public sealed record ExportStamp(int Count, Instant? LastUpdated, long VersionSum, ArticlesStamp Articles)
{
    /// <summary>Bump when an export's output changes for the same data, so caches let go of the old form.</summary>
    public const string FormatRevision = "1";

    public static async Task<ExportStamp> ReadAsync(TimelineDb db, IQueryable<Event> selected, CancellationToken ct)
    {
        var row = await selected.GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Last = g.Max(e => e.UpdatedAt), Versions = g.Sum(e => (long)e.Version) })
            .ToListAsync(ct) is [var only] ? only : null; // one group or none (First here makes EF warn of an unordered First)
        // Every article, not only the cited ones: corrections are rare, and this stays one cheap query at any selection size.
        var articles = await db.ArticleRevisions.Where(r => !r.IsPending).GroupBy(_ => 1)
            .Select(g => new ArticlesStamp(g.Count(), g.Max(r => r.Id), g.Max(r => r.At))).ToListAsync(ct) is [var stamp] ? stamp : new ArticlesStamp(0, 0, null);
        var last = row?.Last is { } events && articles.LastAt is { } corrected && corrected > events ? corrected : row?.Last;
        return row is null ? new ExportStamp(0, null, 0, articles) : new ExportStamp(row.Count, last, row.Versions, articles);
    }

    /// <summary>A strong entity tag over this stamp plus whatever else shapes the output (filter, format, host, taxonomy).</summary>
    public string ETag(params string[] shapedBy)
    {
        var text = string.Join("\n", [FormatRevision, Count.ToString(CultureInfo.InvariantCulture),
            LastUpdated?.ToUnixTimeTicks().ToString(CultureInfo.InvariantCulture) ?? "-", VersionSum.ToString(CultureInfo.InvariantCulture),
            $"{Articles.Revisions}/{Articles.LastRevisionId}", .. shapedBy]);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return "\"" + Convert.ToBase64String(hash, 0, 18).Replace('+', '-').Replace('/', '_') + "\"";
    }

    /// <summary>The taxonomy as text for <see cref="ETag"/>: a renamed or recoloured type changes every export that shows it.</summary>
    public static string TypesKey(IEnumerable<EventType> types) =>
        string.Join(";", types.OrderBy(t => t.Id, StringComparer.Ordinal).Select(t => $"{t.Id}|{t.Name}|{t.Color}|{t.Shape}|{t.IsArchived}"));
}

/// <summary>The applied revisions of source articles: how many, and the newest one's id and time.</summary>
public sealed record ArticlesStamp(int Revisions, int LastRevisionId, Instant? LastAt);
