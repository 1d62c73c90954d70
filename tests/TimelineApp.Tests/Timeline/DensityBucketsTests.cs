using NodaTime;
using TimelineApp.Dates;
using TimelineApp.Timeline;

namespace TimelineApp.Tests.Timeline;

public class DensityBucketsTests
{
    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Theory]
    [InlineData("2015-02-01", "2015-02-28", BucketUnit.Day)]
    [InlineData("2015-01-01", "2015-03-03", BucketUnit.Day)]
    [InlineData("2015-01-01", "2015-06-30", BucketUnit.Week)]
    [InlineData("2015-01-01", "2015-12-31", BucketUnit.Week)]
    [InlineData("2011-01-01", "2015-02-20", BucketUnit.Month)]
    [InlineData("2006-01-01", "2015-12-31", BucketUnit.Month)]
    [InlineData("1990-01-01", "2015-02-20", BucketUnit.Year)]
    public void Should_choose_the_column_width_from_the_visible_span(string from, string to, BucketUnit expected) =>
        Assert.Equal(expected, DensityBuckets.UnitFor(LocalDate.FromDateTime(DateTime.Parse(from)), LocalDate.FromDateTime(DateTime.Parse(to))));

    [Fact]
    public void Should_start_weeks_on_monday() =>
        Assert.Equal(D(2015, 2, 16), DensityBuckets.StartOf(D(2015, 2, 22), BucketUnit.Week));

    [Fact]
    public void Should_count_per_day_and_type_and_keep_empty_days()
    {
        var rows = new[]
        {
            new DayCount(D(2015, 2, 16), DatePrecision.Day, "airstrike", 2),
            new DayCount(D(2015, 2, 16), DatePrecision.Day, "statement", 3),
            new DayCount(D(2015, 2, 20), DatePrecision.Day, "bombing", 1),
        };
        var density = DensityBuckets.Build(rows, D(2015, 2, 1), D(2015, 2, 28));
        Assert.Equal(BucketUnit.Day, density.Unit);
        Assert.Equal(28, density.Buckets.Count);
        var monday = density.Buckets.Single(b => b.Start == D(2015, 2, 16));
        Assert.Equal(5, monday.Total);
        Assert.Equal(2, monday.ByType["airstrike"]);
        Assert.Equal("16 Feb 2015", monday.Label);
        Assert.Equal(0, density.Buckets.Single(b => b.Start == D(2015, 2, 17)).Total);
        Assert.Equal(0, density.Undrawn);
    }

    [Fact]
    public void Should_not_draw_events_dated_less_precisely_than_a_column()
    {
        var rows = new[]
        {
            new DayCount(D(2015, 2, 16), DatePrecision.Day, "airstrike", 1),
            new DayCount(D(2015, 2, 1), DatePrecision.Month, "statement", 2),   // "Feb 2015"
            new DayCount(D(2014, 1, 1), DatePrecision.Year, "other", 1),        // "2014"
        };
        var byDay = DensityBuckets.Build(rows, D(2015, 2, 1), D(2015, 2, 28));
        Assert.Equal(3, byDay.Undrawn);
        Assert.Equal(1, byDay.Buckets.Sum(b => b.Total));
        Assert.Equal(0, byDay.Buckets[0].Total); // "Feb 2015" is not drawn on 1 Feb

        var byMonth = DensityBuckets.Build(rows);
        Assert.Equal(BucketUnit.Month, byMonth.Unit);
        Assert.Equal(3, byMonth.Buckets.Single(b => b.Start == D(2015, 2, 1)).Total);
        Assert.Equal(1, byMonth.Undrawn);
        Assert.Equal(D(2014, 1, 1), byMonth.Buckets[0].Start);
        Assert.Equal(D(2015, 2, 28), byMonth.Buckets[^1].End);
    }

    [Fact]
    public void Should_give_each_column_its_calendar_period()
    {
        var density = DensityBuckets.Build([new DayCount(D(2015, 2, 18), DatePrecision.Day, "x", 1)], D(2015, 1, 1), D(2015, 6, 30));
        Assert.Equal(BucketUnit.Week, density.Unit);
        var week = density.Buckets.Single(b => b.Total == 1);
        Assert.Equal((D(2015, 2, 16), D(2015, 2, 22)), (week.Start, week.End));
        Assert.Equal("Week of 16 Feb 2015", week.Label);
    }

    [Fact]
    public void Should_clip_an_absurdly_wide_window_to_its_events()
    {
        var density = DensityBuckets.Build([new DayCount(D(2015, 2, 18), DatePrecision.Day, "x", 1)], D(1, 1, 1), D(9999, 12, 31));
        Assert.Single(density.Buckets);
    }

    [Fact]
    public void Should_label_few_axis_ticks_so_they_fit_a_phone()
    {
        var rows = new[] { new DayCount(D(2011, 3, 1), DatePrecision.Day, "x", 1), new DayCount(D(2015, 2, 16), DatePrecision.Day, "x", 1) };
        var labels = DensityBuckets.AxisLabels(DensityBuckets.Build(rows));
        Assert.Equal(["2012", "2013", "2014", "2015"], labels.Where(l => l != "").ToArray());

        var days = DensityBuckets.AxisLabels(DensityBuckets.Build(rows, D(2015, 2, 1), D(2015, 2, 28)));
        Assert.InRange(days.Count(l => l != ""), 2, 6);
        Assert.Equal("1 Feb", days[0]);
    }

    [Theory]
    [InlineData(DatePrecision.Day, BucketUnit.Day, true)]
    [InlineData(DatePrecision.Month, BucketUnit.Week, false)]
    [InlineData(DatePrecision.Month, BucketUnit.Month, true)]
    [InlineData(DatePrecision.Year, BucketUnit.Month, false)]
    [InlineData(DatePrecision.Year, BucketUnit.Year, true)]
    public void Should_draw_a_date_only_in_columns_no_finer_than_it(DatePrecision precision, BucketUnit unit, bool fits) =>
        Assert.Equal(fits, DensityBuckets.Fits(precision, unit));

    [Fact]
    public void Should_have_no_columns_without_events_or_window() => Assert.Empty(DensityBuckets.Build([]).Buckets);
}
