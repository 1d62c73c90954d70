using TimelineApp.Events;

namespace TimelineApp.Filtering;

/// <summary>A filter as read from a request: what was understood, and each problem naming its parameter.</summary>
public sealed record FilterReading(EventFilter Filter, IReadOnlyList<FilterProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;

    /// <summary>The problems by parameter name, as a validation problem's "errors".</summary>
    public Dictionary<string, string[]> Errors() =>
        Problems.GroupBy(p => p.Parameter).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());

    /// <summary>400 problem details whose title names the bad parameters.</summary>
    public IResult Problem() => FilterReader.Problem(Errors());
}
