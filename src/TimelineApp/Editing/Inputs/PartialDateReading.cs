using TimelineApp.Dates;

namespace TimelineApp.Editing.Inputs;

/// <summary>What a typed date was read as, in words the editor sees under the field (parsing is <see cref="PartialDate"/>'s).</summary>
public sealed record PartialDateReading(bool IsEmpty, PartialDate? Date)
{
    public static PartialDateReading Of(string? text) =>
        string.IsNullOrWhiteSpace(text) ? new(true, null)
        : PartialDate.TryParse(text, out var d) ? new(false, d) : new(false, null);

    public bool IsValid => Date is not null;

    /// <summary>"day", "month" or "year"; null when nothing was read.</summary>
    public string? PrecisionName => Date?.Precision switch
    {
        DatePrecision.Day => "day", DatePrecision.Month => "month", DatePrecision.Year => "year", _ => null,
    };

    public string Describe(string emptyHint) => IsEmpty ? emptyHint
        : Date is { } d ? $"Read as {d.Format()} (known to the {PrecisionName})"
        : "Not read as a date: try 16 Feb 2015, Feb 2015, 2015-02-16 or 2015.";
}
