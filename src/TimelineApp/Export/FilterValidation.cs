using TimelineApp.Events;

namespace TimelineApp.Export;

/// <summary>The filter's problems by parameter name, plus event types that do not exist, for a 400 problem-details answer.</summary>
public static class FilterValidation
{
    public static Dictionary<string, string[]> Errors(EventFilter filter, IReadOnlyList<FilterProblem> problems, IEnumerable<string> knownTypes)
    {
        var errors = problems.GroupBy(p => p.Parameter).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray());
        var known = knownTypes.ToHashSet(StringComparer.Ordinal);
        var unknown = filter.Types.Where(t => !known.Contains(t)).ToList();
        if (unknown.Count > 0)
            errors["type"] = [$"unknown event type '{string.Join("', '", unknown)}'; known types: {string.Join(", ", known.Order(StringComparer.Ordinal))}"];
        return errors;
    }

    public static IResult Problem(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: $"Invalid query parameter{(errors.Count > 1 ? "s" : "")}: {string.Join(", ", errors.Keys)}");
}
