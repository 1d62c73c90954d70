using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using TimelineApp.Data;
using TimelineApp.Editing;
using TimelineApp.Map;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Editing;

/// <summary>The editors' place look-up: known places plus the offline gazetteer, with the article's countries as context.</summary>
public class PlaceLookupTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    private const string DernaSentence = "Sisi's government responded the following day by bombing what it said were facilities belonging to the " +
        "militants — including training camps and weapons caches — in the northeast city of Derna.";

    private static readonly string ViceText = File.ReadAllText(Path.Combine(RepoLayout.FindContentRoot(), "seeds", "articles", "vice-news-2015-02-17.txt"));

    private sealed class NoKnownPlaces : IPlaceLookup
    {
        public Task<IReadOnlyList<PlaceHit>> SearchAsync(string query, string? country = null, IReadOnlyCollection<string>? preferCountries = null,
            int limit = 10, CancellationToken ct = default) => Task.FromResult<IReadOnlyList<PlaceHit>>([]);
    }

    private IPlaceLookup GazetteerOnly => new GazetteerPlaceLookup(new NoKnownPlaces(), factory.Services.GetRequiredService<Gazetteer>(),
        NullLogger<GazetteerPlaceLookup>.Instance);

    [Fact]
    public void Should_read_the_countries_an_article_names_most_often_first()
    {
        Assert.Equal("LY", CountryMentions.In(ViceText)[0]);
        Assert.Equal(["LY", "EG"], CountryMentions.In("Libya's neighbour Egypt (not the Egyptian army) and Libya; Libyan towns."));
        Assert.Empty(CountryMentions.In("Nothing here names a country, not even libya in lower case."));
    }

    [Fact]
    public async Task Should_name_a_clicked_point_after_the_nearest_town_and_keep_the_clicked_coordinates()
    {
        var hit = await GazetteerOnly.NearestAsync(32.7512, 22.6555);
        Assert.NotNull(hit);
        Assert.Equal(("Darnah", "LY", GeoPrecision.Town), (hit.Name, hit.Country, hit.Precision));
        Assert.Equal((32.7512, 22.6555), (hit.Latitude, hit.Longitude));
        Assert.Null(await GazetteerOnly.NearestAsync(-40, -120));
    }

    [Fact]
    public async Task Should_suggest_Darnah_in_Libya_for_Derna_in_an_article_about_Libya()
    {
        var s = await new Suggestions(GazetteerOnly).SuggestAsync(DernaSentence, new(2015, 2, 17), CountryMentions.In(ViceText));
        var place = Assert.Single(s.Places);
        Assert.Equal(("Darnah", "LY", "Derna", GeoPrecision.Town), (place.Name, place.Country, place.MatchedAs, place.Precision));
        Assert.Equal(32.767, place.Latitude, 2);
        Assert.Equal(22.637, place.Longitude, 2);
    }

    [Fact]
    public async Task Should_prefill_the_new_event_with_Derna_in_Libya_from_the_VICE_sentence()
    {
        int viceId;
        await using (var db = factory.CreateDb()) viceId = db.Articles.Single(a => a.Key == "vice-news-2015-02-17").Id;
        var prefilled = await factory.Services.GetRequiredService<SelectionPrefill>().BuildAsync(viceId, DernaSentence);
        Assert.Equal(("LY", GeoPrecision.Town), (prefilled.Form.Place.Country, prefilled.Form.Place.GeoPrecision));
        Assert.Contains(prefilled.Form.Place.Name, new[] { "Derna", "Darnah" });
        Assert.Equal(32.767, prefilled.Form.Place.Latitude!.Value, 2);
        Assert.Equal(22.637, prefilled.Form.Place.Longitude!.Value, 2);
        Assert.DoesNotContain(prefilled.Places, p => p.Country == "RO");
        Assert.Contains("place", prefilled.Suggested.Keys);
    }

    [Fact]
    public async Task Should_list_known_places_first_then_gazetteer_towns_not_already_known()
    {
        var lookup = factory.Services.GetRequiredService<IPlaceLookup>();
        var derna = await lookup.SearchAsync("Derna", preferCountries: ["LY"]);
        Assert.Equal(("Derna", "LY"), (derna[0].Name, derna[0].Country));
        Assert.NotNull(derna[0].PlaceId);
        Assert.DoesNotContain(derna, p => p.Name == "Darnah");
        Assert.Contains(derna, p => p is { Name: "Derna", Country: "RO", PlaceId: null });

        var misrata = await lookup.SearchAsync("Misrata", country: "LY");
        Assert.Equal(("Misratah", "LY", "Misrata"), (misrata[0].Name, misrata[0].Country, misrata[0].MatchedAs));
        Assert.All(misrata, p => Assert.Equal("LY", p.Country));
    }
}
