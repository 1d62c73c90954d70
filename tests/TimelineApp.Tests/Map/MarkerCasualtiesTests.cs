using TimelineApp.Map;

namespace TimelineApp.Tests.Map;

public class MarkerCasualtiesTests
{
    [Fact]
    public void Each_source_keeps_its_own_figure()
    {
        var line = MarkerCasualties.Summarize([
            new("VICE News", null, 40, 50, null),
            new("Libyan army spokesman", "civilians", 3, 3, null),
        ]);
        Assert.Equal("40–50 killed (VICE News) · 3 civilians killed (Libyan army spokesman)", line);
    }

    [Fact]
    public void Open_ranges_and_injuries_are_worded_honestly()
    {
        Assert.Equal("at least 41 killed, 12 injured (ministry)", MarkerCasualties.Summarize([new("ministry", null, 41, null, 12)]));
        Assert.Equal("up to 7 killed (army)", MarkerCasualties.Summarize([new("army", null, null, 7, null)]));
        Assert.Equal("1,200 injured (UN)", MarkerCasualties.Summarize([new("UN", null, null, null, 1200)]));
    }

    [Fact]
    public void No_figures_means_no_line() => Assert.Null(MarkerCasualties.Summarize([new("VICE News", null, null, null, null)]));

    [Fact]
    public void Many_claims_are_shortened()
    {
        var line = MarkerCasualties.Summarize(Enumerable.Range(1, 5).Select(i => new ClaimFigures($"source {i}", null, i, i, null)));
        Assert.EndsWith("· 2 more", line);
    }
}
