using System.Globalization;
using TimelineApp.Data;
using TimelineApp.Dates;

namespace TimelineApp.Editing.Csv;

/// <summary>
/// A CSV row as an event form: a new event, or an existing one with the row's columns written over it
/// (columns the file lacks keep their values; quotes of sources still listed are kept).
/// </summary>
public static class EventCsvMapping
{
    public static EventForm ToForm(EventCsvRow row, Event? existing, IReadOnlyDictionary<string, int> articlesByRef, List<CsvProblem> problems)
    {
        var form = existing is null ? new EventForm() : EventFormMapper.FromEvent(existing);
        void Problem(string column, string text) => problems.Add(new CsvProblem(row.RowNumber, column, text));
        string? Cell(string column) => row[column];

        if (Cell(EventCsvColumns.Title) is { } title) form.Title = title;
        if (Cell(EventCsvColumns.Summary) is { } summary) form.Summary = summary;
        if (Cell(EventCsvColumns.EventType) is { } type) form.TypeId = type.ToLowerInvariant();
        if (Cell(EventCsvColumns.StartDate) is { } start) form.Start = ReadStart(start, Cell(EventCsvColumns.DatePrecision), Problem);
        if (Cell(EventCsvColumns.EndDate) is { } end)
        {
            if (end.Length == 0) form.End = null;
            else if (PartialDate.TryParse(end, out var e)) form.End = e.ToIsoString();
            else Problem(EventCsvColumns.EndDate, EventFormValidator.NotADate(end));
        }
        if (Cell(EventCsvColumns.Approximate) is { } approx)
        {
            if (ReadBool(approx) is { } b) form.Approximate = b;
            else Problem(EventCsvColumns.Approximate, $"'{approx}' is not true or false");
        }
        if (row.Has(EventCsvColumns.Place) || row.Has(EventCsvColumns.Latitude)) form.Place = ReadPlace(row, form.Place, Problem);
        if (Cell(EventCsvColumns.Actors) is { } actors) form.Actors = ReadActors(actors, form.Actors, Problem);
        if (Cell(EventCsvColumns.Tags) is { } tags) form.Tags = string.Join(", ", EventCsvLists.Split(tags));
        if (Cell(EventCsvColumns.SourceUrls) is { } sources) form.Citations = ReadSources(sources, form.Citations, articlesByRef, Problem);
        ReadFigures(row, form, existing, Problem);
        return form;
    }

    private static string ReadStart(string start, string? precisionText, Action<string, string> problem)
    {
        if (!PartialDate.TryParse(start, out var date))
        {
            if (start.Length > 0) problem(EventCsvColumns.StartDate, EventFormValidator.NotADate(start));
            return start;
        }
        if (string.IsNullOrWhiteSpace(precisionText)) return date.ToIsoString();
        if (!EnumText.TryParseKebab<DatePrecision>(precisionText, out var precision))
            problem(EventCsvColumns.DatePrecision, $"'{precisionText}' is not day, month or year");
        else if (precision < date.Precision)
            problem(EventCsvColumns.DatePrecision, $"'{precisionText}' is finer than the start date {start}, which gives only the {date.Precision.ToKebab()}");
        else date = PartialDate.Of(date.Start, precision);
        return date.ToIsoString();
    }

    public static bool? ReadBool(string text) => text.Trim().ToLowerInvariant() switch
    {
        "" or "false" or "no" or "0" or "n" => false,
        "true" or "yes" or "1" or "y" => true,
        _ => null,
    };

    private static PlaceForm ReadPlace(EventCsvRow row, PlaceForm current, Action<string, string> problem)
    {
        double? Number(string column)
        {
            var text = row[column];
            if (string.IsNullOrEmpty(text)) return null;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) return v;
            problem(column, $"'{text}' is not a number in decimal degrees like 32.7673 (use . as the decimal mark)");
            return null;
        }
        var place = new PlaceForm
        {
            Name = row[EventCsvColumns.Place] ?? current.Name, Country = (row[EventCsvColumns.Country] ?? current.Country).ToUpperInvariant(),
            Latitude = row.Has(EventCsvColumns.Latitude) ? Number(EventCsvColumns.Latitude) : current.Latitude,
            Longitude = row.Has(EventCsvColumns.Longitude) ? Number(EventCsvColumns.Longitude) : current.Longitude,
            GeoPrecision = current.IsEmpty ? GeoPrecision.Town : current.GeoPrecision,
        };
        if (row[EventCsvColumns.GeoPrecision] is { Length: > 0 } g)
        {
            if (EnumText.TryParseKebab<GeoPrecision>(g, out var precision)) place.GeoPrecision = precision;
            else problem(EventCsvColumns.GeoPrecision, $"'{g}' is not one of {EnumText.Choices<GeoPrecision>()}");
        }
        return place;
    }

    private static List<ActorForm> ReadActors(string cell, List<ActorForm> current, Action<string, string> problem)
    {
        var actors = new List<ActorForm>();
        foreach (var item in EventCsvLists.Split(cell))
        {
            if (EventCsvLists.ParseActor(item) is { } a) actors.Add(new ActorForm { Name = a.Name, Role = a.Role.ToLowerInvariant() });
            else problem(EventCsvColumns.Actors, $"'{item}' needs its role in square brackets, like Egypt [perpetrator]");
        }
        static string Key(ActorForm a) => $"{a.Name.Trim().ToLowerInvariant()}|{a.Role.Trim().ToLowerInvariant()}";
        // Same people in another order: keep the event's own list (and the kinds of its actors).
        return actors.Select(Key).Order().SequenceEqual(current.Select(Key).Order()) ? current : actors;
    }

    private static List<CitationForm> ReadSources(string cell, List<CitationForm> current, IReadOnlyDictionary<string, int> articlesByRef, Action<string, string> problem)
    {
        var citations = new List<CitationForm>();
        foreach (var reference in EventCsvLists.Split(cell).Distinct())
        {
            if (!articlesByRef.TryGetValue(reference, out var articleId))
            {
                problem(EventCsvColumns.SourceUrls, $"no source article has the URL or key '{reference}'; add the article first");
                continue;
            }
            var kept = current.Where(c => c.ArticleId == articleId).ToList();
            citations.AddRange(kept.Count > 0 ? kept : [new CitationForm { ArticleId = articleId }]);
        }
        return citations;
    }

    private static void ReadFigures(EventCsvRow row, EventForm form, Event? existing, Action<string, string> problem)
    {
        string[] columns = [EventCsvColumns.KilledMin, EventCsvColumns.KilledMax, EventCsvColumns.Injured];
        if (!columns.Any(row.Has)) return;
        var before = existing is null ? null : EventCsvWriter.ToRow(existing);
        var cells = columns.Select(c => row[c] ?? before?[c] ?? "").ToArray();
        if (before is not null && columns.Select(c => before[c]).SequenceEqual(cells)) return;
        var numbers = new int?[3];
        for (var i = 0; i < 3; i++)
        {
            if (cells[i].Length == 0) continue;
            if (int.TryParse(cells[i], NumberStyles.None, CultureInfo.InvariantCulture, out var n)) numbers[i] = n;
            else problem(columns[i], $"'{cells[i]}' is not a whole number of 0 or more");
        }
        foreach (var c in form.Citations) c.Claims = [];
        if (numbers.All(n => n is null)) return;
        if (form.Citations.Count == 0)
        {
            problem(EventCsvColumns.KilledMin, "figures need a source: list the article in source_urls");
            return;
        }
        form.Citations[0].Claims = [new ClaimForm { KilledMin = numbers[0], KilledMax = numbers[1], Injured = numbers[2] }];
    }
}
