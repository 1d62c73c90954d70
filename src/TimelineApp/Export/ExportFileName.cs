using TimelineApp.Events;

namespace TimelineApp.Export;

/// <summary>"timelineapp-events-2015-02-airstrike.csv": the filter in the file name, so saved files say what they hold.</summary>
public static class ExportFileName
{
    public static string For(EventFilter filter, string extension)
    {
        var words = string.Join(" ", filter.ToParameters().Where(p => p.Key != "sort").Select(p => p.Value));
        var suffix = words.Length == 0 ? "" : "-" + EventRules.Slugify(words);
        if (suffix.Length > 61) suffix = suffix[..61].TrimEnd('-');
        return $"timelineapp-events{suffix}.{extension}";
    }
}
