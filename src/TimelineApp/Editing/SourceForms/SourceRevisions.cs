using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MudBlazor;
using NodaTime;
using TimelineApp.Data;
using TimelineApp.Dates;
using TimelineApp.Editing.Lists;

namespace TimelineApp.Editing.SourceForms;

/// <summary>
/// An article's revisions, shaped like an event's (<see cref="RevisionEntry"/>, <see cref="FieldChange"/>): the snapshot
/// is the article form as JSON, and the diff compares the fields a person reads.
/// </summary>
public static class SourceRevisions
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    private static readonly (string Name, Func<SourceForm, string> Show)[] Fields =
    [
        ("Outlet", f => f.Outlet.Trim()), ("Author", f => f.Author.Trim()), ("Headline", f => f.Headline.Trim()),
        ("Web address", f => f.Url?.Trim() ?? ""), ("Published on", f => f.PublishedDate.Trim()), ("Language", f => f.Language.Trim()),
        ("Text", f => f.Text), ("Reliability note", f => f.ReliabilityNote?.Trim() ?? ""), ("Date note", f => f.DateNote?.Trim() ?? ""),
    ];

    public static string ToJson(SourceForm f)
    {
        var copy = JsonSerializer.Deserialize<SourceForm>(JsonSerializer.Serialize(f, Options), Options)!;
        (copy.Id, copy.LoadedFingerprint, copy.LoadedProposal) = (null, null, null);
        return JsonSerializer.Serialize(copy, Options);
    }

    public static SourceForm ReadForm(string json) => JsonSerializer.Deserialize<SourceForm>(json, Options) ?? new SourceForm();

    public static IReadOnlyList<FieldChange> Diff(SourceForm before, SourceForm after) =>
        Fields.Select(f => new FieldChange(f.Name, f.Show(before), f.Show(after))).Where(c => c.Before != c.After).ToList();

    public static async Task<ArticleRevision> AddAsync(TimelineDb db, int articleId, SourceForm f, string kind, string by, Instant at, bool pending, string? note, CancellationToken ct)
    {
        var number = (await db.ArticleRevisions.Where(r => r.ArticleId == articleId).MaxAsync(r => (int?)r.Number, ct) ?? 0) + 1;
        var revision = new ArticleRevision
        {
            ArticleId = articleId, Number = number, At = at, By = by, Kind = kind, IsPending = pending,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(), Snapshot = ToJson(f),
        };
        db.ArticleRevisions.Add(revision);
        return revision;
    }

    /// <summary>The newest revision that was applied to the article (a proposal is not, until approved): the version a person saw.</summary>
    public static Task<ArticleRevision?> LatestAppliedAsync(TimelineDb db, int articleId, CancellationToken ct) =>
        db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == articleId && !r.IsPending && r.Kind != "proposed")
            .OrderByDescending(r => r.Number).FirstOrDefaultAsync(ct);

    /// <summary>The proposal waiting for review, if any (a newer one replaces an older, so there is at most one).</summary>
    public static Task<ArticleRevision?> PendingAsync(TimelineDb db, int articleId, CancellationToken ct) =>
        db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == articleId && r.IsPending).OrderByDescending(r => r.Number).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Holds the article's row until the transaction ends, so saves, proposals and decisions on one article happen one
    /// at a time: on PostgreSQL a second writer waits here and then reads what the first committed (SQLite's write lock
    /// does the same). Call it first in the transaction.
    /// </summary>
    public static Task LockAsync(TimelineDb db, int articleId, CancellationToken ct) =>
        db.Articles.Where(a => a.Id == articleId).ExecuteUpdateAsync(s => s.SetProperty(a => a.IsArchived, a => a.IsArchived), ct);

    /// <summary>Articles saved before revisions existed (the seed's) get their current state recorded first, so the first diff has a "before".</summary>
    public static async Task EnsureBaselineAsync(TimelineDb db, SourceArticle a, Instant at, CancellationToken ct)
    {
        if (await db.ArticleRevisions.AnyAsync(r => r.ArticleId == a.Id, ct)) return;
        await AddAsync(db, a.Id, SourceForm.From(a), "imported", a.CreatedBy, a.CreatedAt, pending: false, null, ct);
        await db.SaveChangesAsync(ct);
    }

    public static void Apply(SourceForm f, SourceArticle a)
    {
        (a.Outlet, a.Author, a.Headline, a.Url, a.PublishedDate, a.Language, a.Text, a.ReliabilityNote, a.DateNote) =
            (f.Outlet.Trim(), f.Author.Trim(), f.Headline.Trim(), Blank(f.Url), PartialDate.Parse(f.PublishedDate).Start, f.Language.Trim(), f.Text,
             Blank(f.ReliabilityNote), Blank(f.DateNote));
    }

    public static async Task<IReadOnlyList<RevisionEntry>> HistoryAsync(TimelineDb db, int articleId, CancellationToken ct)
    {
        var revisions = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == articleId).OrderBy(r => r.Number).ToListAsync(ct);
        return Entries(revisions).Select((e, i) => i == 0 ? e with { IsLatest = true } : e).ToList();
    }

    /// <summary>One page of an article's history, newest first (see <see cref="RevisionPages"/>).</summary>
    public static Task<GridData<RevisionEntry>> PageAsync(TimelineDb db, int articleId, ListRequest request, CancellationToken ct)
    {
        var all = db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == articleId);
        return RevisionPages.ReadAsync(all.OrderByDescending(r => r.Number), r => r.Number,
            number => all.Where(r => r.Number < number && !r.IsPending && r.Kind != "proposed").OrderByDescending(r => r.Number).FirstOrDefaultAsync(ct),
            Entries, request, ct);
    }

    /// <summary>Diffs revisions given oldest first; returns them newest first.</summary>
    private static List<RevisionEntry> Entries(IReadOnlyList<ArticleRevision> revisions)
    {
        var entries = new List<RevisionEntry>();
        SourceForm? applied = null;
        foreach (var r in revisions)
        {
            var form = ReadForm(r.Snapshot);
            entries.Add(new RevisionEntry(r.Number, r.At, r.By, r.Kind, r.Note, r.IsPending, r.IsPending ? "waiting for review" : "applied",
                applied is null ? [] : Diff(applied, form)));
            // A proposal is compared with what was live; it becomes the base only once approved (as its own revision).
            if (!r.IsPending && r.Kind != "proposed") applied = form;
        }
        entries.Reverse();
        return entries;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
