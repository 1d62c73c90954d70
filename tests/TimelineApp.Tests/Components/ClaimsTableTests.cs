using Bunit;
using TimelineApp.Events;

namespace TimelineApp.Tests.Components;

/// <summary>The claims table: every source's own figures, in a named scroll region a keyboard can reach.</summary>
public class ClaimsTableTests : MudComponentContext
{
    private static readonly ClaimDto[] Claims =
    [
        new("Libyan ministry of health", "Reuters", "at least", 41, null, 70, null),
        new("Islamic State", "Vice News", null, 45, 45, null, "claim of responsibility"),
    ];

    [Fact]
    public void Should_list_each_sources_figures_side_by_side_in_a_named_focusable_region()
    {
        var cut = Render<ClaimsTable>(p => p.Add(x => x.Claims, Claims));
        var region = cut.Find("[role=region]");
        Assert.Equal("0", region.GetAttribute("tabindex"));
        Assert.Equal("What each source claims", cut.Find("#" + region.GetAttribute("aria-labelledby")).TextContent);
        var rows = cut.FindAll("tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Contains("Libyan ministry of health", rows[0].QuerySelector("th")!.TextContent);
        Assert.Contains("(reported by", rows[0].QuerySelector("th")!.TextContent);
        Assert.Equal("70", rows[0].QuerySelector("[data-label=Injured]")!.TextContent);
        Assert.Equal("45", rows[1].QuerySelector("[data-label=Killed]")!.TextContent);
        Assert.Equal("—", rows[1].QuerySelector("[data-label=Injured]")!.TextContent);
    }

    [Fact]
    public void Should_say_so_when_the_sources_make_no_claims()
    {
        var cut = Render<ClaimsTable>(p => p.Add(x => x.Claims, Array.Empty<ClaimDto>()));
        Assert.Empty(cut.FindAll("table"));
        Assert.Contains("make no claims", cut.Markup);
    }
}
