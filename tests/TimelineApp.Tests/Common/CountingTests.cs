using TimelineApp.Timeline;
using TimelineApp.Common;

namespace TimelineApp.Tests.Common;

public class CountingTests
{
    [Theory]
    [InlineData(0, "0 events")]
    [InlineData(1, "1 event")]
    [InlineData(24, "24 events")]
    [InlineData(100024, "100,024 events")]
    public void Should_count_events_in_words_with_thousands_separated(int n, string expected) =>
        Assert.Equal(expected, Counting.Events(n));
}
