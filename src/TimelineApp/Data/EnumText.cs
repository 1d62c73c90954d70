using System.Text;

namespace TimelineApp.Data;

/// <summary>Enums as the kebab-case words used in URLs, JSON and seed files ("armed-group", "in-review").</summary>
public static class EnumText
{
    public static string ToKebab<T>(this T value) where T : struct, Enum => Kebab(value.ToString());

    /// <summary>The enum value as kebab-case words; an undefined value (a number stored by an older release) stays its number.</summary>
    public static string ToKebab(this Enum value) => Kebab(value.ToString());

    private static string Kebab(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }

    public static bool TryParseKebab<T>(string? text, out T value) where T : struct, Enum
    {
        var ok = TryParseKebab(typeof(T), text, out var parsed);
        value = ok ? (T)parsed! : default;
        return ok;
    }

    /// <summary>A defined value by its name in any case, with or without dashes; never a number or a list of names.</summary>
    public static bool TryParseKebab(Type enumType, string? text, out object? value)
    {
        value = null;
        var compact = text?.Replace("-", "").Replace("_", "").Trim() ?? "";
        return compact.Length > 0 && compact.All(char.IsLetterOrDigit) && !char.IsDigit(compact[0])
            && Enum.TryParse(enumType, compact, ignoreCase: true, out value) && Enum.IsDefined(enumType, value!);
    }

    public static string Choices<T>() where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(v => v.ToKebab()));
}
