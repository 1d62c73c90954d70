using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;
using TimelineApp.Data;
using TimelineApp.Events;

namespace TimelineApp.Editing.Types;

/// <summary>What a reviewer sets on an event type; the id is made from the first name and never changes (links and CSV use it).</summary>
public sealed partial class TypeForm
{
    public const int NameMax = 80;
    private const string HexColor = "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$";

    public static bool IsHexColor(string? color) => color is not null && Regex.IsMatch(color.Trim(), HexColor);

    [Required(ErrorMessage = "Give the type a name.")]
    [StringLength(NameMax, ErrorMessage = "The name can have at most 80 characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Choose a colour.")]
    [RegularExpression(HexColor, ErrorMessage = "The colour must be a hex colour like #D55E00.")]
    public string Color { get; set; } = "#6F6F6F";

    [Required(ErrorMessage = "Choose a shape.")]
    public string Shape { get; set; } = "circle";

    public static TypeForm From(EventType t) => new() { Name = t.Name, Color = t.Color, Shape = t.Shape };

    /// <summary>Every problem, as sentences: the annotations, plus a known shape and a name no other type has.</summary>
    public IReadOnlyList<string> Problems(IEnumerable<string> otherNames)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(this, new ValidationContext(this), results, validateAllProperties: true);
        var problems = results.Select(r => r.ErrorMessage ?? "Not valid.").ToList();
        if (!TypeShapes.Names.Contains(Shape.Trim(), StringComparer.OrdinalIgnoreCase))
            problems.Add($"'{Shape}' is not a shape; choose one of {string.Join(", ", TypeShapes.Names)}.");
        if (otherNames.Any(n => n.Equals(Name.Trim(), StringComparison.OrdinalIgnoreCase)))
            problems.Add($"Another type is already called '{Name.Trim()}'.");
        return problems;
    }

    /// <summary>Writes the checked values: trimmed name, colour as #RRGGBB, shape as listed.</summary>
    public void ApplyTo(EventType t)
    {
        t.Name = Name.Trim();
        var hex = Color.Trim().TrimStart('#').ToUpperInvariant();
        t.Color = "#" + (hex.Length == 3 ? string.Concat(hex.Select(c => $"{c}{c}")) : hex);
        t.Shape = TypeShapes.Names.First(n => n.Equals(Shape.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
