using System.Text;

namespace TimelineApp.Data;

/// <summary>Enums as the kebab-case words used in URLs, JSON and seed files ("armed-group", "in-review").</summary>
public static class EnumText
{
    public static string ToKebab<T>(this T value) where T : struct, Enum
    {
        var name = value.ToString();
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
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var compact = text.Replace("-", "").Replace("_", "").Trim();
        return !int.TryParse(compact, out _) && Enum.TryParse(compact, ignoreCase: true, out value) && Enum.IsDefined(value);
    }

    public static string Choices<T>() where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(v => v.ToKebab()));
}
