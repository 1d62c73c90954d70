using System.Reflection;

namespace TimelineApp.Editing;

/// <summary>
/// The bounds an event stays within, checked by <see cref="EventFormValidator"/> (so by the form, the scripted API and
/// the CSV import alike): how many actors, tags, citations and claims, and text without NUL or other control characters.
/// An event over a bound is refused before anything costly runs on it.
/// </summary>
public static class EventFormLimits
{
    public const int MaxActors = 50;
    public const int MaxCitations = 50;
    public const int MaxClaimsPerCitation = 20;

    /// <returns>False when a list is over its bound: the per-item checks are then skipped (their cost grows with the list).</returns>
    internal static bool Check(EventForm f, List<FormError> errors)
    {
        var within = true;
        if (f.Actors.Count > MaxActors)
            (within, _) = (false, Add(errors, f, nameof(f.Actors), $"{f.Actors.Count} actors; an event names at most {MaxActors}."));
        if (f.Citations.Count > MaxCitations)
            (within, _) = (false, Add(errors, f, nameof(f.Citations), $"{f.Citations.Count} citations; an event cites at most {MaxCitations} articles."));
        foreach (var c in f.Citations.Take(MaxCitations).Where(c => c.Claims.Count > MaxClaimsPerCitation))
            (within, _) = (false, Add(errors, c, nameof(c.Claims), $"{c.Claims.Count} claims in one citation; at most {MaxClaimsPerCitation}."));
        if (!within) return false;
        ControlCharacters(f, errors);
        ControlCharacters(f.Place, errors);
        foreach (var a in f.Actors) ControlCharacters(a, errors);
        foreach (var c in f.Citations)
        {
            ControlCharacters(c, errors);
            foreach (var k in c.Claims) ControlCharacters(k, errors);
        }
        return true;
    }

    /// <summary>NUL and the other C0 control characters (tab and line breaks aside) have no place in an event's text.</summary>
    private static void ControlCharacters(object model, List<FormError> errors)
    {
        foreach (var p in model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string) && p.CanRead))
        {
            if (p.GetValue(model) is string s && s.Any(IsForbidden))
                errors.Add(new(model, p.Name, $"The {Words(p.Name)} contains a control character (such as NUL, U+0000) that text cannot hold; remove it."));
        }
    }

    public static bool IsForbidden(char c) => c < ' ' && c is not '\t' and not '\n' and not '\r' || c == '\u007F';

    private static string Words(string name) => string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static bool Add(List<FormError> errors, object model, string field, string message)
    {
        errors.Add(new(model, field, message));
        return true;
    }
}
