namespace TimelineApp.Axis;

/// <summary>One lane of the axis; <see cref="Clustered"/> when it is too dense at this zoom to draw event by event.</summary>
public sealed record AxisLane(string Key, string Label, string? Color, int Count, bool Clustered);

/// <summary>
/// One event as drawn: <see cref="Start"/>..<see cref="End"/> is every day it may cover (a "Feb 2015" event spans the
/// whole month), <see cref="Kind"/> is point (one known day), span (a month, a year or an approximate date) or bar
/// (a start and an end), and <see cref="Uncertain"/> when any part of the date is not known to the day.
/// </summary>
public sealed record AxisMark(string Slug, string Title, string Date, string Start, string End, string Kind, bool Uncertain, string Lane, string Type, string? Color);

/// <summary>How many events of a lane overlap one bucket of days (first..last day): a long event counts in each bucket it covers.</summary>
public sealed record AxisCluster(string Lane, string Start, string End, int Count);

/// <summary>The visible window (inclusive ISO dates) and what is in it: lanes, then marks or clusters per lane.</summary>
public sealed record AxisResult(string? From, string? To, int BucketDays, int Total,
    IReadOnlyList<AxisLane> Lanes, IReadOnlyList<AxisMark> Marks, IReadOnlyList<AxisCluster> Clusters);
