namespace TimelineApp.Dates;

/// <summary>How much of a calendar date a source actually states.</summary>
public enum DatePrecision
{
    Day = 0,
    Month = 1,
    Year = 2,
}
