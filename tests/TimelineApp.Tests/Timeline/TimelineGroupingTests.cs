using TimelineApp.Dates;
using TimelineApp.Timeline;

namespace TimelineApp.Tests.Timeline;

public class TimelineGroupingTests
{
    private static readonly PartialDate[] Oldest =
    [
        PartialDate.Year(2014),
        PartialDate.Month(2014, 6),
        PartialDate.Day(2014, 6, 25),
        PartialDate.Month(2015, 2),
        PartialDate.Day(2015, 2, 16),
        PartialDate.Day(2015, 2, 16),
        PartialDate.Day(2015, 2, 20),
    ];

    [Fact]
    public void Should_group_under_year_month_and_day_headings()
    {
        var years = TimelineGrouping.Group(Oldest, d => d);
        Assert.Equal(["2014", "2015"], years.Select(y => y.Heading));
        Assert.Equal(["2014 — month not known", "June 2014"], years[0].Months.Select(m => m.Heading));
        Assert.Equal(["June 2014 — day not known", "Wednesday 25 June 2014"], years[0].Months[1].Days.Select(d => d.Heading));
        var feb = Assert.Single(years[1].Months);
        Assert.Equal("February 2015", feb.Heading);
        Assert.Equal(["February 2015 — day not known", "Monday 16 February 2015", "Friday 20 February 2015"], feb.Days.Select(d => d.Heading));
        Assert.Equal(2, feb.Days[1].Items.Count);
    }

    [Fact]
    public void Should_keep_an_entry_only_as_deep_as_its_date_is_known()
    {
        var years = TimelineGrouping.Group(Oldest, d => d);
        var yearOnly = years[0].Months[0];
        Assert.Null(yearOnly.Month);
        Assert.Equal(PartialDate.Year(2014), Assert.Single(Assert.Single(yearOnly.Days).Items));
        Assert.Null(years[1].Months[0].Days[0].Day);
    }

    [Fact]
    public void Should_keep_newest_first_order()
    {
        var years = TimelineGrouping.Group(Oldest.AsEnumerable().Reverse(), d => d);
        Assert.Equal(["2015", "2014"], years.Select(y => y.Heading));
        Assert.Equal("Friday 20 February 2015", years[0].Months[0].Days[0].Heading);
        Assert.Equal("2014 — month not known", years[1].Months[^1].Heading);
    }

    [Fact]
    public void Should_return_no_groups_for_no_entries() => Assert.Empty(TimelineGrouping.Group(Array.Empty<PartialDate>(), d => d));
}
