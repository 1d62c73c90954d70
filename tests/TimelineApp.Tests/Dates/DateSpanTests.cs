using TimelineApp.Dates;

namespace TimelineApp.Tests.Dates;

public class DateSpanTests
{
    private static DateSpan Span(string start, string? end = null, bool approximate = false) =>
        new(PartialDate.Parse(start), end is null ? null : PartialDate.Parse(end), approximate);

    [Theory]
    [InlineData("2015-02-16", null, false, "16 Feb 2015")]
    [InlineData("2014-10", null, false, "Oct 2014")]
    [InlineData("2011", null, false, "2011")]
    [InlineData("2014-06", null, true, "c. Jun 2014")]
    [InlineData("2015-02-16", "2015-02-16", false, "16 Feb 2015")]
    [InlineData("2015-02-16", "2015-02-17", false, "16–17 Feb 2015")]
    [InlineData("2015-02-16", "2015-02-21", true, "c. 16–21 Feb 2015")]
    [InlineData("2015-02-27", "2015-03-02", false, "27 Feb – 2 Mar 2015")]
    [InlineData("2014-12-30", "2015-01-02", false, "30 Dec 2014 – 2 Jan 2015")]
    [InlineData("2014-06", "2014-08", false, "Jun–Aug 2014")]
    [InlineData("2014-06", "2015-02", false, "Jun 2014 – Feb 2015")]
    [InlineData("2014-06", "2015-02-16", false, "Jun 2014 – 16 Feb 2015")]
    [InlineData("2011", "2014", false, "2011 – 2014")]
    public void Should_format_single_dates_and_ranges_for_readers(string start, string? end, bool approximate, string expected)
    {
        Assert.Equal(expected, Span(start, end, approximate).Format());
    }

    [Theory]
    [InlineData("2015-02-16", null, "2015-02-16")]
    [InlineData("2015-02", null, "2015-02-28")]
    [InlineData("2015-02-16", "2015-02-21", "2015-02-21")]
    [InlineData("2014-06", "2016-02", "2016-02-29")]
    [InlineData("2011", null, "2011-12-31")]
    public void Last_should_be_the_last_day_the_event_may_cover(string start, string? end, string last)
    {
        Assert.Equal(last, Span(start, end).Last.ToString("uuuu-MM-dd", null));
    }

    [Theory]
    [InlineData("2015-02-16", null, true)]
    [InlineData("2015-02-16", "2015-02-16", true)]
    [InlineData("2015-02-16", "2015-02-17", true)]
    [InlineData("2015-02-16", "2015-02", true)]
    [InlineData("2015-02", "2015-02-10", true)]
    [InlineData("2015-02-16", "2015-02-15", false)]
    [InlineData("2015-02", "2015-01", false)]
    [InlineData("2015", "2014", false)]
    [InlineData("2015-03-01", "2015-02", false)]
    public void IsValid_should_require_the_end_not_to_be_before_the_start(string start, string? end, bool valid)
    {
        Assert.Equal(valid, Span(start, end).IsValid);
    }

    [Theory]
    [InlineData("2015-02-16", null, DurationClass.UpToAMonth)]
    [InlineData("2015-02", null, DurationClass.UpToAMonth)]
    [InlineData("2015-01-01", "2015-02-01", DurationClass.UpToAMonth)]
    [InlineData("2015-01-01", "2015-02-02", DurationClass.UpToAYear)]
    [InlineData("2016", null, DurationClass.UpToAYear)]
    [InlineData("2014-06", "2015-05", DurationClass.UpToAYear)]
    [InlineData("2014-06", "2015-07", DurationClass.Longer)]
    [InlineData("2011", "2014", DurationClass.Longer)]
    public void Duration_classes_bound_how_long_an_event_may_last(string start, string? end, DurationClass expected)
    {
        var span = Span(start, end);

        Assert.Equal(expected, span.Duration);
        var days = span.Last.ToDateOnly().DayNumber - span.Start.Start.ToDateOnly().DayNumber;
        Assert.True(expected.MaxDays() is not { } max || days <= max);
    }
}
