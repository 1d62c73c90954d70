using TimelineApp.Events;
using TimelineApp.Timeline;
using TimelineApp.Common;

namespace TimelineApp.Tests.Common;

public class CasualtyLineTests
{
    private static ClaimDto Claim(string source, int? min, int? max, string? qualifier = null, int? injured = null) =>
        new(source, "Outlet", qualifier, min, max, injured, null);

    [Fact]
    public void Should_show_disagreeing_sources_side_by_side_each_attributed()
    {
        var line = CasualtyLine.Format([Claim("VICE News", 40, 50), Claim("Libyan army spokesman", 3, 3, "civilians")]);
        Assert.Equal("40–50 killed (VICE News) · 3 civilians killed (Libyan army spokesman)", line);
    }

    [Fact]
    public void Should_show_a_single_number_when_min_equals_max() =>
        Assert.Equal("21 killed (VICE News)", CasualtyLine.Format([Claim("VICE News", 21, 21)]));

    [Fact]
    public void Should_say_at_least_when_the_maximum_is_unknown() =>
        Assert.Equal("at least 41 killed (Libyan ministry of health spokesman)",
            CasualtyLine.Format([Claim("Libyan ministry of health spokesman", 41, null)]));

    [Fact]
    public void Should_say_up_to_when_only_the_maximum_is_known() =>
        Assert.Equal("up to 12 killed (X)", CasualtyLine.Format([Claim("X", null, 12)]));

    [Fact]
    public void Should_list_sources_that_agree_once_each_and_identical_claims_once()
    {
        var line = CasualtyLine.Format([Claim("A", 3, 3), Claim("B", 3, 3), Claim("A", 3, 3)]);
        Assert.Equal("3 killed (A) · 3 killed (B)", line);
    }

    [Fact]
    public void Should_add_injured_to_the_same_source()
    {
        Assert.Equal("at least 41 killed, 1,200 injured (A)", CasualtyLine.Format([Claim("A", 41, null, injured: 1200)]));
        Assert.Equal("30 civilians injured (B)", CasualtyLine.Format([Claim("B", null, null, "civilians", injured: 30)]));
    }

    [Fact]
    public void Should_leave_out_claims_without_figures() =>
        Assert.Equal("", CasualtyLine.Format([Claim("Egyptian military", null, null)]));

    [Fact]
    public void Should_word_injuries_alone_with_their_source() =>
        Assert.Equal("1,200 injured (UN)", CasualtyLine.Format([Claim("UN", null, null, injured: 1200)]));

    [Fact]
    public void Should_count_the_claims_left_out_of_a_short_line()
    {
        var claims = Enumerable.Range(1, 5).Select(i => Claim($"source {i}", i, i)).ToList();
        Assert.Equal("1 killed (source 1) · 2 killed (source 2) · 3 killed (source 3) · 2 more", CasualtyLine.Format(claims, maxShown: 3));
        Assert.Equal(CasualtyLine.Format(claims), CasualtyLine.Format(claims, maxShown: 5));
    }

    [Fact]
    public void Should_give_each_claim_with_a_figure_as_its_own_part() =>
        Assert.Equal(["40–50 killed (VICE News)", "3 civilians killed (Libyan army spokesman)"],
            CasualtyLine.Parts([Claim("VICE News", 40, 50), Claim("Egyptian military", null, null), Claim("Libyan army spokesman", 3, 3, "civilians")]));
}
