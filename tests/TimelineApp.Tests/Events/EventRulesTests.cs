using TimelineApp.Events;

namespace TimelineApp.Tests.Events;

public class EventRulesTests
{
    private const string Text = "Sisi's government responded the following day by bombing what it said were facilities.";

    [Fact]
    public void A_verbatim_quote_passes()
    {
        Assert.Null(EventRules.CheckQuote("responded the following day", Text));
    }

    [Fact]
    public void A_quote_that_differs_says_from_which_character()
    {
        var problem = EventRules.CheckQuote("responded the next day", Text);

        Assert.Contains("differs from character 15", problem);
        Assert.Contains("\"responded the \"", problem);
    }

    [Theory]
    [InlineData("Responded the following day")]   // case matters: it is a quote
    [InlineData("Sisi’s government")]              // so does the apostrophe
    [InlineData("")]
    public void A_quote_that_is_not_exact_fails(string quote)
    {
        Assert.NotNull(EventRules.CheckQuote(quote, Text));
    }

    [Fact]
    public void An_over_long_quote_fails()
    {
        Assert.Contains("at most 2000", EventRules.CheckQuote(new string('a', 2001), new string('a', 3000)));
    }

    [Theory]
    [InlineData(32.77, 22.64, true)]
    [InlineData(-90.0, -180.0, true)]
    [InlineData(90.01, 0.0, false)]
    [InlineData(0.0, 180.5, false)]
    [InlineData(double.NaN, 0.0, false)]
    [InlineData(null, 10.0, false)]
    public void Coordinates_must_be_in_WGS84_ranges(double? lat, double? lng, bool valid)
    {
        Assert.Equal(valid, EventRules.CheckCoordinates(lat, lng) is null);
    }

    [Theory]
    [InlineData(40, 50, null, true)]
    [InlineData(3, 3, 0, true)]
    [InlineData(null, null, null, true)]
    [InlineData(50, 40, null, false)]
    [InlineData(-1, null, null, false)]
    [InlineData(null, null, -2, false)]
    public void Casualty_counts_must_be_non_negative_with_min_at_most_max(int? min, int? max, int? injured, bool valid)
    {
        Assert.Equal(valid, EventRules.CheckCounts(min, max, injured) is null);
    }

    [Theory]
    [InlineData("Egyptian airstrikes on Derna!", "egyptian-airstrikes-on-derna")]
    [InlineData("  Al-Qubba   bombings ", "al-qubba-bombings")]
    [InlineData("Ḍarnah: café «attaque»", "darnah-cafe-attaque")]
    [InlineData("!!!", "event")]
    public void Slugify_makes_lowercase_hyphenated_ascii(string title, string slug)
    {
        Assert.Equal(slug, EventRules.Slugify(title));
        Assert.True(EventRules.IsSlug(slug));
    }

    [Fact]
    public void Slugs_are_at_most_80_characters_without_a_trailing_hyphen()
    {
        var slug = EventRules.Slugify(string.Join(' ', Enumerable.Repeat("abcdefghi", 20)));

        Assert.True(slug.Length <= 80);
        Assert.False(slug.EndsWith('-'));
    }

    [Theory]
    [InlineData("Derna")]
    [InlineData("derna--strikes")]
    [InlineData("-derna")]
    [InlineData("derna strikes")]
    [InlineData("")]
    public void IsSlug_rejects_what_a_url_should_not_carry(string slug)
    {
        Assert.False(EventRules.IsSlug(slug));
    }
}
