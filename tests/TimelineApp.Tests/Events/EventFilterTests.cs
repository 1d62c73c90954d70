using NodaTime;
using TimelineApp.Events;

namespace TimelineApp.Tests.Events;

public class EventFilterTests
{
    [Fact]
    public void Should_read_every_parameter()
    {
        var (f, problems) = EventFilter.Parse("?from=2015-02&to=2015&type=airstrike&type=Bombing,statement&country=ly&actor=Libya%20Dawn&tag=Derna&tag=egypt&q=al%20qubba&sort=newest");

        Assert.Empty(problems);
        Assert.Equal(new LocalDate(2015, 2, 1), f.From);
        Assert.Equal(new LocalDate(2015, 12, 31), f.To);
        Assert.Equal(["airstrike", "bombing", "statement"], f.Types);
        Assert.Equal("LY", f.Country);
        Assert.Equal("Libya Dawn", f.Actor);
        Assert.Equal(["derna", "egypt"], f.Tags);
        Assert.Equal("al qubba", f.Text);
        Assert.Equal(SortOrder.Newest, f.Sort);
        Assert.False(f.IsEmpty);
    }

    [Theory]
    [InlineData("from=2015-02-16", "2015-02-16")]
    [InlineData("from=2015-02", "2015-02-01")]
    [InlineData("from=2015", "2015-01-01")]
    [InlineData("from=Feb%202015", "2015-02-01")]
    public void From_is_the_first_day_of_a_partial_date(string query, string expected)
    {
        Assert.Equal(expected, EventFilter.Parse(query).Filter.From?.ToString("uuuu-MM-dd", null));
    }

    [Theory]
    [InlineData("to=2015-02-16", "2015-02-16")]
    [InlineData("to=2015-02", "2015-02-28")]
    [InlineData("to=2016-02", "2016-02-29")]
    [InlineData("to=2015", "2015-12-31")]
    public void To_is_the_last_day_of_a_partial_date(string query, string expected)
    {
        Assert.Equal(expected, EventFilter.Parse(query).Filter.To?.ToString("uuuu-MM-dd", null));
    }

    [Theory]
    [InlineData("")]
    [InlineData("?from=2015-02-16")]
    [InlineData("?to=2015-02-28&sort=newest")]
    [InlineData("?from=2014-06-01&to=2015-02-28&type=airstrike&type=bombing&country=LY&actor=Islamic%20State%20%28ISIS%29&tag=derna&q=%22al%22%20%26%20qubba%3F&sort=newest")]
    [InlineData("?q=caf%C3%A9%20%2B%20%E2%80%9Cquotes%E2%80%9D")]
    public void ToQueryString_and_Parse_round_trip(string query)
    {
        var (f, problems) = EventFilter.Parse(query);

        Assert.Empty(problems);
        Assert.Equal(query, f.ToQueryString());
        Assert.Equal(f, EventFilter.Parse(f.ToQueryString()).Filter);
    }

    [Fact]
    public void A_built_filter_round_trips_through_its_query_string()
    {
        var f = new EventFilter
        {
            From = new LocalDate(2015, 2, 16), To = new LocalDate(2015, 2, 21), Types = ["un-appeal"], Country = "EG",
            Actor = "Abdel Fattah el-Sisi", Tags = ["un", "coalition"], Text = "mandate & coalition?", Sort = SortOrder.Newest,
        };

        var back = EventFilter.Parse(f.ToQueryString()).Filter;

        Assert.Equal(f, back);
        Assert.Equal(f.GetHashCode(), back.GetHashCode());
    }

    [Fact]
    public void Defaults_are_left_out_and_extra_parameters_appended()
    {
        Assert.Equal("", EventFilter.None.ToQueryString());
        Assert.True(EventFilter.Parse("?sort=oldest").Filter.IsEmpty);
        Assert.Equal("?type=airstrike&page=2", new EventFilter { Types = ["airstrike"] }.ToQueryString(("page", "2"), ("view", null)));
    }

    [Theory]
    [InlineData("from=2015-02-30", "from")]
    [InlineData("from=soon", "from")]
    [InlineData("to=2015-13", "to")]
    [InlineData("country=LYB", "country")]
    [InlineData("country=L1", "country")]
    [InlineData("sort=sideways", "sort")]
    public void A_malformed_value_is_left_out_and_reported_by_parameter(string query, string parameter)
    {
        var (f, problems) = EventFilter.Parse(query);

        var problem = Assert.Single(problems);
        Assert.Equal(parameter, problem.Parameter);
        Assert.Contains("'", problem.Message);
        Assert.True(f.IsEmpty);
    }

    [Fact]
    public void An_end_before_the_start_drops_both_dates_and_says_why()
    {
        var (f, problems) = EventFilter.Parse("from=2015-03&to=2015-02&type=airstrike");

        var problem = Assert.Single(problems);
        Assert.Equal("to", problem.Parameter);
        Assert.Contains("before", problem.Message);
        Assert.Null(f.From);
        Assert.Null(f.To);
        Assert.Equal(["airstrike"], f.Types);
    }

    [Fact]
    public void Long_and_repeated_values_are_bounded()
    {
        var many = string.Join("&", Enumerable.Range(0, 50).Select(i => $"type=t{i}"));
        var (f, problems) = EventFilter.Parse($"?{many}&q={new string('x', 500)}&tag=a&tag=A&tag=a");

        Assert.Empty(problems);
        Assert.Equal(20, f.Types.Count);
        Assert.Equal(200, f.Text!.Length);
        Assert.Equal(["a"], f.Tags);
    }

    [Fact]
    public void Empty_values_mean_no_filter()
    {
        var (f, problems) = EventFilter.Parse("?from=&to=&type=&country=&actor=%20&tag=&q=%20%20&sort=");

        Assert.Empty(problems);
        Assert.True(f.IsEmpty);
    }
}
