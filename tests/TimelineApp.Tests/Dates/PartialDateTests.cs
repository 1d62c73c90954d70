using NodaTime;
using TimelineApp.Dates;

namespace TimelineApp.Tests.Dates;

public class PartialDateTests
{
    [Theory]
    [InlineData("2015-02-16", DatePrecision.Day, "2015-02-16")]
    [InlineData("2015-02", DatePrecision.Month, "2015-02-01")]
    [InlineData("2015", DatePrecision.Year, "2015-01-01")]
    [InlineData("16 Feb 2015", DatePrecision.Day, "2015-02-16")]
    [InlineData("Feb 2015", DatePrecision.Month, "2015-02-01")]
    [InlineData("February 2015", DatePrecision.Month, "2015-02-01")]
    [InlineData("February 16, 2015", DatePrecision.Day, "2015-02-16")]
    [InlineData("Feb. 16 2015", DatePrecision.Day, "2015-02-16")]
    [InlineData("sept 2014", DatePrecision.Month, "2014-09-01")]
    [InlineData("  2011  ", DatePrecision.Year, "2011-01-01")]
    [InlineData("2016-02-29", DatePrecision.Day, "2016-02-29")]
    public void Should_parse_iso_and_written_dates_at_their_stated_precision(string text, DatePrecision precision, string start)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(precision, date.Precision);
        Assert.Equal(start, date.Start.ToString("uuuu-MM-dd", null));
    }

    [Theory]
    [InlineData("2015-02-30")]
    [InlineData("2015-13")]
    [InlineData("2015-00")]
    [InlineData("2015-02-00")]
    [InlineData("2015-02-29")]
    [InlineData("30 Feb 2015")]
    [InlineData("Febtember 2015")]
    [InlineData("Ju 2015")]
    [InlineData("15")]
    [InlineData("0000")]
    [InlineData("2015/02/16")]
    [InlineData("16-02-2015")]
    [InlineData("yesterday")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Should_reject_dates_that_do_not_exist_or_are_not_dates(string? text)
    {
        Assert.False(PartialDate.TryParse(text, out _));
    }

    [Fact]
    public void Parse_should_explain_the_accepted_forms_when_it_fails()
    {
        var ex = Assert.Throws<FormatException>(() => PartialDate.Parse("2015-13"));

        Assert.Contains("'2015-13'", ex.Message);
        Assert.Contains("2015-02-16", ex.Message);
    }

    [Theory]
    [InlineData("2015-02-16", "2015-02-16")]
    [InlineData("2015-02", "2015-02-28")]
    [InlineData("2016-02", "2016-02-29")]
    [InlineData("2000-02", "2000-02-29")]
    [InlineData("1900-02", "1900-02-28")]
    [InlineData("2014-06", "2014-06-30")]
    [InlineData("2014-12", "2014-12-31")]
    [InlineData("2011", "2011-12-31")]
    public void Last_should_be_the_last_day_of_the_period_including_leap_years(string text, string last)
    {
        Assert.Equal(last, PartialDate.Parse(text).Last.ToString("uuuu-MM-dd", null));
    }

    [Theory]
    [InlineData("2015-02-16", "16 Feb 2015", "2015-02-16")]
    [InlineData("2015-02-05", "5 Feb 2015", "2015-02-05")]
    [InlineData("2014-10", "Oct 2014", "2014-10")]
    [InlineData("2011", "2011", "2011")]
    [InlineData("February 16, 2015", "16 Feb 2015", "2015-02-16")]
    public void Should_format_for_readers_and_as_iso_with_only_the_known_parts(string text, string formatted, string iso)
    {
        var date = PartialDate.Parse(text);

        Assert.Equal(formatted, date.Format());
        Assert.Equal(iso, date.ToIsoString());
        Assert.Equal(iso, date.ToString());
    }

    [Fact]
    public void Of_should_normalise_the_start_to_the_first_day_of_the_period()
    {
        var day = new LocalDate(2015, 2, 16);

        Assert.Equal(PartialDate.Month(2015, 2), PartialDate.Of(day, DatePrecision.Month));
        Assert.Equal(PartialDate.Year(2015), PartialDate.Of(day, DatePrecision.Year));
        Assert.Equal(PartialDate.Day(2015, 2, 16), PartialDate.Of(day, DatePrecision.Day));
    }

    [Fact]
    public void Should_sort_chronologically_with_a_coarser_date_before_a_finer_one_on_the_same_start()
    {
        var dates = new[]
        {
            PartialDate.Day(2015, 2, 16), PartialDate.Day(2015, 1, 1), PartialDate.Month(2015, 2),
            PartialDate.Year(2015), PartialDate.Month(2015, 1), PartialDate.Year(2011), PartialDate.Day(2014, 12, 31),
        };

        var sorted = dates.Order().Select(d => d.ToIsoString()).ToList();

        Assert.Equal(["2011", "2014-12-31", "2015", "2015-01", "2015-01-01", "2015-02", "2015-02-16"], sorted);
    }

    [Fact]
    public void Comparison_operators_should_agree_with_CompareTo()
    {
        var year = PartialDate.Year(2015);
        var month = PartialDate.Month(2015, 1);
        var day = PartialDate.Day(2015, 1, 1);

        Assert.True(year < month && month < day && year < day);
        Assert.True(day > month && month >= year && year <= PartialDate.Parse("2015"));
        Assert.Equal(0, day.CompareTo(PartialDate.Parse("1 Jan 2015")));
        Assert.True(PartialDate.Day(2014, 12, 31) < year);
    }
}
