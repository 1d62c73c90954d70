using NodaTime;
using TimelineApp.Export;

namespace TimelineApp.Tests.Export;

public class SvgLayoutTests
{
    [Fact]
    public void Should_never_let_two_labels_in_a_lane_touch_even_when_events_share_a_day()
    {
        var day = new LocalDate(2015, 2, 16);
        var items = Enumerable.Range(0, 60).Select(i => new SvgItem($"e{i}", $"Event number {i} with a fairly long title",
            "16 Feb 2015", day.PlusDays(i % 5), day.PlusDays(i % 5 + 1), "airstrike")).ToList();
        var axis = new SvgAxis(day, day.PlusDays(6));
        var placed = SvgTimelineLayout.Place(items, axis, 48, 1152, 1192);
        Assert.Equal(items.Count, placed.Count);
        foreach (var lane in placed.GroupBy(p => p.Lane))
        {
            var boxes = lane.OrderBy(p => p.Left).ToList();
            for (var i = 1; i < boxes.Count; i++) Assert.True(boxes[i].Left >= boxes[i - 1].Right, $"lane {lane.Key} overlaps");
        }
        Assert.All(placed, p => Assert.InRange(p.LabelLeft ? p.Left : p.Right, 0, 1192));
    }

    [Theory]
    [InlineData("2015-02-15", "2015-02-22", "15 Feb 2015")]
    [InlineData("2015-02-01", "2015-03-01", "26 Jan 2015")]
    [InlineData("2014-06-01", "2015-03-01", "Jun 2014")]
    [InlineData("2011-01-01", "2015-03-01", "Jan 2011")]
    [InlineData("1990-01-01", "2015-03-01", "1990")]
    public void Should_choose_ticks_from_the_span(string first, string end, string firstLabel)
    {
        var axis = new SvgAxis(LocalDate.FromDateTime(DateTime.Parse(first)), LocalDate.FromDateTime(DateTime.Parse(end)));
        Assert.InRange(axis.Ticks.Count, 2, SvgAxis.MaxTicks + 1);
        Assert.Equal(firstLabel, axis.Ticks[0].Label);
        Assert.True(axis.Start <= LocalDate.FromDateTime(DateTime.Parse(first)) && axis.End >= LocalDate.FromDateTime(DateTime.Parse(end)));
    }
}
