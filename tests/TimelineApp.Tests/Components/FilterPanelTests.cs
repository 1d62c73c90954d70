using Bunit;
using NodaTime;
using TimelineApp.Data;
using TimelineApp.Events;
using TimelineApp.Timeline;

namespace TimelineApp.Tests.Components;

/// <summary>The timeline's filter panel: dates typed at any precision, clear messages, one change per filter.</summary>
public class FilterPanelTests : MudComponentContext
{
    private static readonly EventType[] Types =
    [
        new() { Id = "airstrike", Name = "Airstrike", Color = "#D55E00", Shape = "triangle" },
        new() { Id = "bombing", Name = "Bombing", Color = "#E69F00", Shape = "star" },
    ];

    private readonly List<EventFilter> _changes = [];

    private IRenderedComponent<FilterPanel> RenderPanel(EventFilter? filter = null) => Render<FilterPanel>(p => p
        .Add(x => x.State, TimelineState.Empty with { Filter = filter ?? EventFilter.None })
        .Add(x => x.Types, Types)
        .Add(x => x.Counts, new Dictionary<string, int> { ["airstrike"] = 4, ["bombing"] = 2 })
        .Add(x => x.Options, new FilterOptions([new("LY", 20)], [], [new("egypt", 3)]))
        .Add(x => x.OnChange, (EventFilter f) => _changes.Add(f)));

    [Fact]
    public void Should_read_a_month_as_its_first_day_in_From_and_its_last_day_in_To()
    {
        var cut = RenderPanel();
        cut.Find("#filter-from").Change("Feb 2015");
        Assert.Equal(new LocalDate(2015, 2, 1), Assert.Single(_changes).From);
        cut.Find("#filter-to").Change("Feb 2015");
        Assert.Equal(new LocalDate(2015, 2, 28), _changes[^1].To);
    }

    [Fact]
    public void Should_explain_a_date_it_cannot_read_and_not_change_the_filter()
    {
        var cut = RenderPanel();
        cut.Find("#filter-from").Change("Febtember");
        Assert.Empty(_changes);
        Assert.Equal("“Febtember” is not a date. Try 2015-02-16, 2015-02, Feb 2015 or 2015.", cut.Find("#from-error").TextContent);
        Assert.Contains("from-error", cut.Find("#filter-from").GetAttribute("aria-describedby"));
    }

    [Fact]
    public void Should_refuse_a_To_before_From()
    {
        var cut = RenderPanel(EventFilter.None with { From = new LocalDate(2015, 3, 1) });
        cut.Find("#filter-to").Change("2015-02-01");
        Assert.Empty(_changes);
        Assert.Equal("“To” is before “From”.", cut.Find("#to-error").TextContent);
    }

    [Fact]
    public void Should_add_a_ticked_type_and_count_the_active_filters()
    {
        var cut = RenderPanel(EventFilter.None with { Country = "LY" });
        Assert.Contains("Show filters (1 active)", cut.Find(".filters-toggle").TextContent);
        cut.Find("input[value=bombing]").Change(true);
        Assert.Equal(["bombing"], Assert.Single(_changes).Types);
        Assert.Equal("LY", _changes[0].Country);
    }
}
