using NodaTime.Text;
using TimelineApp.Data;
using TimelineApp.Events;
using TimelineApp.Export;
using TimelineApp.Filtering;

namespace TimelineApp.Tests.Filtering;

public class FilterDescriptionTests
{
    private static readonly Dictionary<string, EventType> Types = new() { ["airstrike"] = new EventType { Id = "airstrike", Name = "Airstrike", Color = "#D55E00", Shape = "triangle" } };

    private static string Window(string? from, string? to) => FilterDescription.Describe(EventFilter.None with
    {
        From = from is null ? null : LocalDatePattern.Iso.Parse(from).Value,
        To = to is null ? null : LocalDatePattern.Iso.Parse(to).Value,
    }, Types);

    [Theory]
    [InlineData("2015-02-01", "2015-02-28", "Feb 2015")]
    [InlineData("2015-01-01", "2015-02-28", "Jan–Feb 2015")]
    [InlineData("2014-01-01", "2015-12-31", "2014 – 2015")]
    [InlineData("2015-02-16", "2015-02-20", "16–20 Feb 2015")]
    [InlineData("2015-02-20", "2015-02-20", "20 Feb 2015")]
    [InlineData("2015-02-16", null, "from 16 Feb 2015")]
    [InlineData(null, "2015-02-28", "until 28 Feb 2015")]
    public void Should_read_a_date_window_as_plainly_as_it_allows(string? from, string? to, string expected) =>
        Assert.Equal(expected, Window(from, to));

    [Fact]
    public void Should_name_types_and_countries_in_words() =>
        Assert.Equal("Airstrike · Libya · matching “Derna”",
            FilterDescription.Describe(EventFilter.None with { Types = ["airstrike"], Country = "LY", Text = "Derna" }, Types));
}
