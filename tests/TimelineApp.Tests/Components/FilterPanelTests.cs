using Bunit;
using NodaTime;
using TimelineApp.Data;
using TimelineApp.Events;
using TimelineApp.Timeline;
using TimelineApp.Filtering;

namespace TimelineApp.Tests.Components;

/// <summary>The timeline's filter panel: a plain GET form (no circuit) that shows the filter in force and counts it.</summary>
public class FilterPanelTests : MudComponentContext
{
    private static readonly EventType[] Types =
    [
        new() { Id = "airstrike", Name = "Airstrike", Color = "#D55E00", Shape = "triangle" },
        new() { Id = "bombing", Name = "Bombing", Color = "#E69F00", Shape = "star" },
    ];

    private IRenderedComponent<FilterPanel> RenderPanel(EventFilter? filter = null, TimelineLayout layout = TimelineLayout.List) => Render<FilterPanel>(p => p
        .Add(x => x.State, TimelineState.Empty with { Filter = filter ?? EventFilter.None, Layout = layout })
        .Add(x => x.Types, Types)
        .Add(x => x.Counts, new Dictionary<string, int> { ["airstrike"] = 4, ["bombing"] = 2 })
        .Add(x => x.Options, new FilterOptions([new("LY", 20)], [], [new("egypt", 3)])));

    [Fact]
    public void Should_be_a_get_form_to_the_timeline_with_one_named_field_per_filter()
    {
        var form = RenderPanel().Find("form");
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/", form.GetAttribute("action"));
        foreach (var name in new[] { "q", "from", "to", "country", "actor", "tag" })
            Assert.NotNull(form.QuerySelector($"[name={name}]"));
    }

    [Fact]
    public void Should_show_the_window_in_force_and_the_chosen_country()
    {
        var cut = RenderPanel(EventFilter.None with { From = new LocalDate(2015, 2, 1), To = new LocalDate(2015, 2, 28), Country = "LY" });
        Assert.Equal("2015-02-01", cut.Find("#filter-from").GetAttribute("value"));
        Assert.Equal("2015-02-28", cut.Find("#filter-to").GetAttribute("value"));
        Assert.True(cut.Find("#filter-country option[value=LY]").HasAttribute("selected"));
    }

    [Fact]
    public void Should_count_the_active_filters_on_the_phone_toggle()
    {
        var cut = RenderPanel(EventFilter.None with { Country = "LY", Text = "Derna" });
        Assert.Contains("Show filters (2 active)", cut.Find(".filters-toggle").TextContent);
        Assert.Contains("Show filters", RenderPanel().Find(".filters-toggle").TextContent);
        Assert.DoesNotContain("active", RenderPanel().Find(".filters-toggle").TextContent);
    }

    [Fact]
    public void Should_keep_the_split_view_when_the_filters_are_applied()
    {
        var cut = RenderPanel(layout: TimelineLayout.Split);
        Assert.Equal("split", cut.Find("input[type=hidden][name=view]").GetAttribute("value"));
        Assert.Empty(RenderPanel().FindAll("input[type=hidden][name=view]"));
    }
}
