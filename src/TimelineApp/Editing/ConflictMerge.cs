namespace TimelineApp.Editing;

/// <summary>One field that differs between what the editor has on screen and what someone else saved.</summary>
public sealed class MergeRow(FormField field, string baseline, string mine, string theirs)
{
    public FormField Field { get; } = field;
    public string Baseline { get; } = baseline;
    public string Mine { get; } = mine;
    public string Theirs { get; } = theirs;
    public bool ChangedByMe => Baseline != Mine;
    public bool ChangedByThem => Baseline != Theirs;
    /// <summary>Both changed the field differently: the editor has to choose.</summary>
    public bool IsConflict => ChangedByMe && ChangedByThem;
    /// <summary>Defaults to theirs only where the editor did not touch the field.</summary>
    public bool TakeTheirs { get; set; } = baseline == mine;
}

/// <summary>Three-way comparison for a save that lost the race: never a silent lost update.</summary>
public static class ConflictMerge
{
    public static List<MergeRow> Compare(EventForm baseline, EventForm mine, EventForm theirs, IReadOnlyDictionary<int, string> articles) =>
        EventFormFields.All
            .Select(f => new MergeRow(f, f.Show(baseline, articles), f.Show(mine, articles), f.Show(theirs, articles)))
            .Where(r => r.Mine != r.Theirs).ToList();

    /// <summary>The editor's form with the chosen fields taken from theirs, ready to save over their version.</summary>
    public static EventForm Merge(EventForm mine, EventForm theirs, IEnumerable<MergeRow> rows)
    {
        var merged = mine.Clone();
        foreach (var row in rows.Where(r => r.TakeTheirs)) row.Field.CopyTo(theirs, merged);
        merged.Version = theirs.Version;
        return merged;
    }
}
