using System.Globalization;

namespace TimelineApp.Common;

/// <summary>"LY" → "Libya"; the code itself when the platform does not know it.</summary>
public static class CountryNames
{
    public static string Name(string code)
    {
        try { return new RegionInfo(code).EnglishName; }
        catch (ArgumentException) { return code; }
    }

    /// <summary>"Derna, Libya"; just "Libya" when the place is the country itself.</summary>
    public static string PlaceWithCountry(string place, string code)
    {
        var country = Name(code);
        return string.Equals(place, country, StringComparison.OrdinalIgnoreCase) ? place : $"{place}, {country}";
    }
}
