using Bunit;
using NodaTime;
using TimelineApp.Data;
using TimelineApp.Dates;
using TimelineApp.Events;
using TimelineApp.Timeline;
using TimelineApp.Filtering;

namespace TimelineApp.Tests.Components;

/// <summary>The density chart (our own SVG): one link per non-empty column, whose address narrows to its period, and honest notes.</summary>
public class DensityChartTests : MudComponentContext
{
    private static readonly EventType[] Types =
    [
        new() { Id = "airstrike", Name = "Airstrike", Color = "#D55E00", Shape = "triangle" },
        new() { Id = "bombing", Name = "Bombing", Color = "#E69F00", Shape = "star" },
    ];

    private static readonly DayCount[] Rows =
    [
        new(new LocalDate(2015, 2, 16), DatePrecision.Day, "airstrike", 2),
        new(new LocalDate(2015, 2, 20), DatePrecision.Day, "bombing", 1),
        new(new LocalDate(2015, 4, 2), DatePrecision.Day, "airstrike", 1),
        new(new LocalDate(2015, 1, 1), DatePrecision.Year, "bombing", 3),
    ];

    private IRenderedComponent<DensityChart> RenderChart() => Render<DensityChart>(p => p
        .Add(x => x.Density, DensityBuckets.Build(Rows, new LocalDate(2014, 1, 1), new LocalDate(2015, 12, 31)))
        .Add(x => x.Types, Types)
        .Add(x => x.State, TimelineState.Empty));

    [Fact]
    public void Should_draw_a_labelled_link_for_each_month_with_events_stacked_by_type()
    {
        var cut = RenderChart();
        var columns = cut.FindAll("svg a");
        Assert.Equal(2, columns.Count);
        Assert.Equal("Feb 2015: 3 events — show only this month", columns[0].GetAttribute("aria-label"));
        Assert.Equal(2, columns[0].QuerySelectorAll("rect:not(.hit)").Length);
        Assert.Contains("Not drawn: 3 events dated only to the year", cut.Markup);
    }

    [Fact]
    public void Should_link_each_column_to_the_timeline_narrowed_to_its_month()
    {
        var cut = RenderChart();
        var href = cut.FindAll("svg a")[1].GetAttribute("href")!;
        var f = TimelineApp.Filtering.FilterReader.Read(href, null).Filter;
        Assert.Equal((new LocalDate(2015, 4, 1), new LocalDate(2015, 4, 30)), (f.From!.Value, f.To!.Value));
    }
}
