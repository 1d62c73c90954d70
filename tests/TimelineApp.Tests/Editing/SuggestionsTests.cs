using NodaTime;
using TimelineApp.Data;
using TimelineApp.Dates;
using TimelineApp.Editing;

namespace TimelineApp.Tests.Editing;

public class SuggestionsTests
{
    private static readonly LocalDate Vice = new(2015, 2, 17);

    private sealed class FixedPlaces : IPlaceLookup
    {
        private readonly PlaceHit[] _all =
        [
            new("Derna", "LY", 32.7673, 22.6367, GeoPrecision.Town), new("Libya", "LY", 27, 17, GeoPrecision.Country),
            new("Al-Qubba", "LY", 32.759, 22.245, GeoPrecision.Town), new("Washington, D.C.", "US", 38.9, -77.04, GeoPrecision.Town),
            new("Tobruk", "LY", 32.08, 23.98, GeoPrecision.Town),
        ];

        // Like the gazetteer: "Tubruq" is an alias spelling of Tobruk.
        public Task<IReadOnlyList<PlaceHit>> SearchAsync(string query, string? country = null, IReadOnlyCollection<string>? preferCountries = null,
            int limit = 10, CancellationToken ct = default) =>
            Task.FromResult<IReadOnlyList<PlaceHit>>(query.Equals("Tubruq", StringComparison.OrdinalIgnoreCase)
                ? [_all[^1] with { MatchedAs = "Tubruq" }]
                : _all.Where(p => p.Name.Contains(query, StringComparison.OrdinalIgnoreCase)).ToList());
    }

    [Theory]
    [InlineData("Sisi's government responded the following day by bombing what it said were facilities belonging to the militants", "bombing")]
    [InlineData("its military conducted airstrikes on Monday against extremist militants that have pledged allegiance to the so-called Islamic State", "airstrike")]
    [InlineData("Egypt bombed targets in air strikes", "airstrike")]
    [InlineData("A series of bomb blasts in a small eastern Libyan town of Al-Qubba killed at least 41 people", "bombing")]
    [InlineData("a grim video on Sunday apparently showing 21 Egyptian Coptic Christians being beheaded", "beheading")]
    [InlineData("President Abdel Fattah el-Sisi today demanded a UN resolution to mandate action", "un-appeal")]
    [InlineData("Egypt asked the United Nations to act", "un-appeal")]
    [InlineData("Sameh Shukri, met with American policy makers in Washington on Thursday", "diplomatic-meeting")]
    [InlineData("This administration condemned Egypt's air strikes on Monday", "statement")]
    [InlineData("including Derna's Ansar al Sharia group, which did so in October; they pledged allegiance", "pledge-of-allegiance")]
    [InlineData("Disagreements over last June's general election turned Islamist and nationalist factions against each other", "election")]
    public void Should_suggest_the_type_from_the_wording(string sentence, string type) =>
        Assert.Equal(type, Suggestions.SuggestType(sentence)!.TypeId);

    [Fact]
    public void Should_suggest_no_type_when_no_keyword_matches() => Assert.Null(Suggestions.SuggestType("The weather was mild."));

    [Theory]
    [InlineData("its military conducted airstrikes on Monday against extremist militants", "2015-02-16", DatePrecision.Day)]
    [InlineData("including Derna's Ansar al Sharia group, which did so in October", "2014-10", DatePrecision.Month)]
    [InlineData("Disagreements over last June's general election turned Islamist and nationalist factions", "2014-06", DatePrecision.Month)]
    [InlineData("President Abdel Fattah el-Sisi today demanded a UN resolution", "2015-02-17", DatePrecision.Day)]
    public void Should_resolve_the_date_against_the_publication_date(string sentence, string iso, DatePrecision precision)
    {
        var date = Suggestions.SuggestDate(sentence, Vice)!;
        Assert.Equal(iso, date.Span.Start.ToIsoString());
        Assert.Equal(precision, date.Span.Start.Precision);
        Assert.Contains("17 Feb 2015", date.Why);
    }

    [Fact]
    public void Should_not_invent_a_date_for_the_following_day() =>
        Assert.Null(Suggestions.SuggestDate("Sisi's government responded the following day by bombing", Vice));

    [Fact]
    public async Task Should_suggest_places_named_in_the_sentence_towns_first()
    {
        var s = await new Suggestions(new FixedPlaces()).SuggestAsync(
            "Sisi's government responded the following day by bombing what it said were facilities in the northeast city of Derna, Libya", Vice);
        Assert.Equal(["Derna", "Libya"], s.Places.Select(p => p.Name));
        Assert.Equal("bombing", s.Type!.TypeId);
    }

    [Fact]
    public async Task Should_suggest_a_place_found_under_another_spelling()
    {
        var s = await new Suggestions(new FixedPlaces()).SuggestAsync("The parliament met in Tubruq on Monday", Vice);
        Assert.Equal("Tobruk", Assert.Single(s.Places).Name);
    }

    [Fact]
    public void Should_find_capitalised_names_and_drop_possessives() =>
        Assert.Superset(new HashSet<string> { "Derna", "Al-Qubba", "Ansar" },
            Suggestions.PlaceCandidates("Derna's Ansar al Sharia group attacked Al-Qubba").ToHashSet());

    [Theory]
    [InlineData("killed  at least\n41 people", "killed at least 41 people")]
    [InlineData("the \"terrorist\" leader", "the “terrorist” leader")]
    public void Should_find_the_exact_words_when_only_spacing_or_quote_marks_differ(string pasted, string inArticle) =>
        Assert.Equal(inArticle, QuoteMatcher.FindExactWords(pasted, $"Blasts {inArticle} in town."));
}
