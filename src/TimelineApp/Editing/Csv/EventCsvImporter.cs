using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NodaTime;
using TimelineApp.Accounts;
using TimelineApp.Data;
using TimelineApp.Operations;
using TimelineApp.Search;

namespace TimelineApp.Editing.Csv;

public sealed record ImportOptions(bool KeepStatuses = false, bool DryRun = false, string FileName = "the file");

public sealed record ImportReport(int Created, int Updated, int Proposed, int Unchanged, IReadOnlyList<CsvProblem> Problems,
    IReadOnlyList<string> Notes, bool Written, bool Denied = false);

/// <summary>
/// Imports an events CSV all or nothing: every row is checked (the same validator as the form) and written in one
/// transaction, or nothing is written and every problem is reported by row and column. New events are drafts
/// unless a reviewer keeps the file's statuses; changes to published events made by editors wait for review.
/// </summary>
public sealed class EventCsvImporter(IDbContextFactory<TimelineDb> dbFactory, EventEditor editor, IClock clock, ReaderChanges? readerChanges = null)
{
    public const int BatchSize = 1000;

    private sealed record Planned(EventCsvRow Row, EventForm Form, Event? Existing, EventStatus Status);

    /// <summary>Imports a file's bytes, which must be UTF-8 (see <see cref="CsvUtf8"/>).</summary>
    public async Task<ImportReport> ImportAsync(byte[] file, ClaimsPrincipal user, ImportOptions options, CancellationToken ct = default)
    {
        var (text, problem) = CsvUtf8.Decode(file);
        if (problem is not null) return new ImportReport(0, 0, 0, 0, [problem], [], false);
        using var reader = new StringReader(text!);
        return await ImportAsync(reader, user, options, ct);
    }

    public async Task<ImportReport> ImportAsync(TextReader text, ClaimsPrincipal user, ImportOptions options, CancellationToken ct = default)
    {
        if (!user.CanEdit()) return new ImportReport(0, 0, 0, 0, [new CsvProblem(0, "(file)", "Sign in as an editor to import events.")], [], false, Denied: true);
        var read = EventCsvReader.Read(text);
        var notes = read.Notes.ToList();
        var keepStatuses = options.KeepStatuses && user.CanReview();
        if (options.KeepStatuses && !keepStatuses) notes.Add("Only reviewers can keep the file's statuses; new events were imported as drafts.");
        if (read.Problems.Count > 0) return new ImportReport(0, 0, 0, 0, read.Problems, notes, false);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var context = await ImportContext.LoadAsync(db, EditingData.Today(clock), ct);
        using var inserts = new ImportInserts(db, tx.GetDbTransaction());
        var problems = new List<CsvProblem>();
        int created = 0, updated = 0, proposed = 0, unchanged = 0;
        foreach (var batch in read.Rows.Chunk(BatchSize))
        {
            var plan = await PlanAsync(db, context, batch, keepStatuses, problems, ct);
            unchanged += batch.Length - plan.Count;
            if (problems.Count > 0) continue;
            if (options.DryRun)
            {
                (created, updated) = (created + plan.Count(p => p.Existing is null), updated + plan.Count(p => p.Existing is not null));
                continue;
            }
            created += await CreateAsync(db, context, inserts, plan.Where(p => p.Existing is null).ToList(), user.NameForHistory(), options.FileName, ct);
            foreach (var p in plan.Where(p => p.Existing is not null))
            {
                var result = await UpdateAsync(db, context, p, user, keepStatuses, options.FileName, ct);
                if (result.Outcome == EditOutcome.Proposed) proposed++;
                else if (result.Succeeded) updated++;
                else problems.Add(new CsvProblem(p.Row.RowNumber, EventCsvColumns.Id, result.Message ?? "the event could not be updated"));
            }
        }
        if (!options.DryRun && problems.Count == 0)
        {
            await tx.CommitAsync(ct);
            if (readerChanges is not null && created + updated > 0) await readerChanges.PublishAsync(new ReaderChange("imported"), ct);
        }
        return new ImportReport(created, updated, proposed, unchanged, problems, notes, Written: !options.DryRun && problems.Count == 0);
    }

    private static async Task<List<Planned>> PlanAsync(TimelineDb db, ImportContext context, EventCsvRow[] batch, bool keepStatuses,
        List<CsvProblem> problems, CancellationToken ct)
    {
        var ids = new Dictionary<EventCsvRow, int>();
        foreach (var row in batch.Where(r => !string.IsNullOrEmpty(r[EventCsvColumns.Id])))
        {
            if (int.TryParse(row[EventCsvColumns.Id], NumberStyles.None, CultureInfo.InvariantCulture, out var id)) ids[row] = id;
            else problems.Add(new CsvProblem(row.RowNumber, EventCsvColumns.Id, $"'{row[EventCsvColumns.Id]}' is not an event number; leave it empty for a new event"));
        }
        var wanted = ids.Values.Distinct().ToList();
        var existing = await Events.EventQuery.WithDetails(db.Events.AsNoTracking().Where(e => wanted.Contains(e.Id))).ToDictionaryAsync(e => e.Id, ct);
        var plan = new List<Planned>();
        foreach (var row in batch)
        {
            Event? current = null;
            if (ids.TryGetValue(row, out var id) && !existing.TryGetValue(id, out current))
            {
                problems.Add(new CsvProblem(row.RowNumber, EventCsvColumns.Id, $"there is no event {id} in this database; leave id empty to create a new event"));
                continue;
            }
            if (current?.Status == EventStatus.Archived)
            {
                problems.Add(new CsvProblem(row.RowNumber, EventCsvColumns.Id, $"event {id} is archived; a reviewer must restore it before it can be changed"));
                continue;
            }
            var rowProblems = new List<CsvProblem>();
            var form = EventCsvMapping.ToForm(row, current, context.ArticlesByRef, rowProblems);
            var status = ReadStatus(row, current, keepStatuses, rowProblems);
            var complete = status != EventStatus.Draft || (current is not null && current.Status != EventStatus.Draft);
            rowProblems.AddRange(EventFormValidator.Validate(form, context.Refs.Keeping(current?.TypeId), complete).Select(e => ImportProblems.From(row, e, status)).Distinct());
            problems.AddRange(rowProblems);
            if (rowProblems.Count > 0) continue;
            if (current is not null && status == current.Status && EventFormFields.Diff(EventFormMapper.FromEvent(current), form, new Dictionary<int, string>()).Count == 0) continue;
            plan.Add(new Planned(row, form, current, status));
        }
        return plan;
    }

    private static EventStatus ReadStatus(EventCsvRow row, Event? current, bool keepStatuses, List<CsvProblem> problems)
    {
        var fallback = current?.Status ?? EventStatus.Draft;
        if (!keepStatuses || string.IsNullOrEmpty(row[EventCsvColumns.Status])) return fallback;
        if (EnumText.TryParseKebab<EventStatus>(row[EventCsvColumns.Status], out var status) && status != EventStatus.Archived) return status;
        problems.Add(new CsvProblem(row.RowNumber, EventCsvColumns.Status, $"'{row[EventCsvColumns.Status]}' is not draft, in-review or published"));
        return fallback;
    }

    private async Task<int> CreateAsync(TimelineDb db, ImportContext context, ImportInserts inserts, List<Planned> plan, string by,
        string fileName, CancellationToken ct)
    {
        if (plan.Count == 0) return 0;
        db.ChangeTracker.Clear();
        var now = clock.GetCurrentInstant();
        var events = new List<(Planned Plan, Event Event)>();
        foreach (var p in plan)
        {
            var e = new Event
            {
                Slug = context.TakeSlug(p.Form.Title), Title = "", Summary = "", TypeId = "", Status = p.Status, Version = 1,
                CreatedAt = now, CreatedBy = by, UpdatedAt = now, UpdatedBy = by,
            };
            await EventFormMapper.ApplyAsync(db, p.Form, e, ct, context);
            events.Add((p, e));
        }
        context.InsertNewPlacesAndActors(inserts);
        foreach (var (p, e) in events)
        {
            inserts.Insert(e, new Revision
            {
                Number = 1, At = now, By = by, Kind = "imported", Note = $"Imported from {fileName}, row {p.Row.RowNumber}",
                Snapshot = "",
            }, p.Form);
        }
        await EventSearchIndex.ReindexAsync(db, events.Select(x => x.Event.Id).ToList(), ct);
        return events.Count;
    }

    private async Task<EditResult> UpdateAsync(TimelineDb db, ImportContext context, Planned p, ClaimsPrincipal user, bool keepStatuses,
        string fileName, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        p.Form.Note = $"Imported from {fileName}, row {p.Row.RowNumber}";
        var result = await editor.WriteAsync(db, p.Form, user.NameForHistory(), applyToPublished: keepStatuses, "imported", ct, context.Refs);
        if (!result.Succeeded || p.Status == p.Existing!.Status) return result;
        var e = await db.Events.SingleAsync(x => x.Id == p.Existing.Id, ct);
        e.Status = p.Status;
        e.Version++;
        await db.SaveChangesAsync(ct);
        var loaded = (await EditingData.LoadEventAsync(db, e.Id, ct))!;
        await EditingData.AddRevisionAsync(db, loaded, p.Form, "imported", user.NameForHistory(), clock.GetCurrentInstant(),
            $"Status set to {p.Status.ToKebab()} by the import of {fileName}, row {p.Row.RowNumber}", pending: false, ct);
        await db.SaveChangesAsync(ct);
        return result;
    }
}
