using NodaTime;
using TimelineApp.Events;
using TimelineApp.Timeline;
using TimelineApp.Filtering;

namespace TimelineApp.Tests.Filtering;

public class TimelineUrlTests
{
    private static readonly string[] Known = ["airstrike", "bombing"];

    [Fact]
    public void Should_read_filter_page_and_selected_event()
    {
        var s = TimelineUrl.Parse("http://x/?from=Feb%202015&to=2015-02&type=airstrike&q=derna&page=2&event=egyptian-airstrikes-on-derna&sort=newest", Known);
        Assert.Equal(new LocalDate(2015, 2, 1), s.Filter.From);
        Assert.Equal(new LocalDate(2015, 2, 28), s.Filter.To);
        Assert.Equal(["airstrike"], s.Filter.Types);
        Assert.Equal("derna", s.Filter.Text);
        Assert.Equal(SortOrder.Newest, s.Filter.Sort);
        Assert.Equal(2, s.Page);
        Assert.Equal("egyptian-airstrikes-on-derna", s.Selected);
        Assert.Empty(s.Problems);
    }

    [Fact]
    public void Should_drop_and_report_unknown_types_and_malformed_values()
    {
        var s = TimelineUrl.Parse("/?type=bogus&type=bombing&from=notadate&page=-3&event=%3Cb%3E", Known);
        Assert.Equal(["bombing"], s.Filter.Types);
        Assert.Null(s.Filter.From);
        Assert.Equal(1, s.Page);
        Assert.Null(s.Selected);
        Assert.Equal(["event", "from", "page", "type"], s.Problems.Select(p => p.Parameter).Order());
        Assert.Contains(s.Problems, p => p.Parameter == "type" && p.Message.Contains("'bogus'"));
    }

    [Fact]
    public void Should_write_the_state_back_as_a_url_that_reads_the_same()
    {
        var state = new TimelineState(EventFilter.None with { Types = ["airstrike"], Text = "Al Qubba & co", From = new LocalDate(2015, 2, 1) }, 3, "al-qubba-bombings", []);
        var url = state.ToUrl();
        Assert.Equal("/?from=2015-02-01&type=airstrike&q=Al%20Qubba%20%26%20co&page=3&event=al-qubba-bombings", url);
        var read = TimelineUrl.Parse(url, Known);
        Assert.Equal((state.Filter, state.Page, state.Selected), (read.Filter, read.Page, read.Selected));
        Assert.Empty(read.Problems);
    }

    [Fact]
    public void Should_start_again_at_page_one_when_the_filter_changes() =>
        Assert.Equal(1, new TimelineState(EventFilter.None, 4, null, []).With(EventFilter.None with { Country = "LY" }).Page);

    [Fact]
    public void Should_give_the_bare_path_for_the_default_view() => Assert.Equal("/", TimelineState.Empty.ToUrl());

    [Theory]
    [InlineData("/?view=split", TimelineLayout.Split)]
    [InlineData("/?view=SPLIT&type=bombing", TimelineLayout.Split)]
    [InlineData("/?view=list", TimelineLayout.List)]
    [InlineData("/?view=axis&from=2015-02-01", TimelineLayout.Axis)]
    [InlineData("/", TimelineLayout.List)]
    public void Should_read_the_layout_from_view(string url, TimelineLayout layout) =>
        Assert.Equal(layout, TimelineUrl.Parse(url, Known).Layout);

    [Fact]
    public void Should_keep_the_split_layout_through_filter_changes_and_clearing_and_write_it_last()
    {
        var split = TimelineUrl.Parse("/?type=bombing&event=al-qubba-bombings&view=split", Known);
        Assert.Equal("/?type=bombing&event=al-qubba-bombings&view=split", split.ToUrl());
        Assert.Equal("/?type=airstrike&event=al-qubba-bombings&view=split", split.With(split.Filter with { Types = ["airstrike"] }).ToUrl());
        Assert.Equal("/?view=split", split.Cleared().ToUrl());
        Assert.Equal("/map?type=bombing&event=al-qubba-bombings", split.ToMapUrl());
    }

    [Fact]
    public void Should_write_the_axis_layout_last_with_its_window() =>
        Assert.Equal("/?from=2015-02-01&to=2015-02-28&type=bombing&view=axis",
            (TimelineUrl.Parse("/?type=bombing&from=2015-02-01&to=2015-02-28", Known) with { Layout = TimelineLayout.Axis }).ToUrl());

    [Fact]
    public void Should_report_an_unknown_view_and_show_the_list()
    {
        var s = TimelineUrl.Parse("/?view=0", Known);
        Assert.Equal(TimelineLayout.List, s.Layout);
        Assert.Equal("'0' is not a view; use list, split or axis", Assert.Single(s.Problems).Message);
    }
}
