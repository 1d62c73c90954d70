namespace TimelineApp.Dates;

internal static class MonthNames
{
    private static readonly string[] Full =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>1–12 for a full or three-letter English month name ("Feb", "february", "Sept"), else null.</summary>
    public static int? Parse(string name)
    {
        var n = name.Trim().TrimEnd('.').ToLowerInvariant();
        if (n.Length < 3) return null;
        for (var i = 0; i < Full.Length; i++)
        {
            if (Full[i] == n || Full[i].StartsWith(n, StringComparison.Ordinal) && n.Length >= 3) return i + 1;
        }
        return null;
    }
}
