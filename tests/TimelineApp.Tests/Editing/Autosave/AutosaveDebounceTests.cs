using NodaTime;
using TimelineApp.Editing.Autosave;

namespace TimelineApp.Tests.Editing.Autosave;

public sealed class AutosaveDebounceTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 12, 2, 14, 3);
    private static Instant At(double seconds) => T0 + Duration.FromSeconds(seconds);

    [Fact]
    public void Stores_once_the_typing_pauses_and_not_for_unchanged_values()
    {
        var debounce = new AutosaveDebounce();
        debounce.Reset("loaded");
        Assert.False(debounce.ShouldStore("loaded", At(0)));
        Assert.False(debounce.ShouldStore("typed", At(1)));
        Assert.False(debounce.ShouldStore("typed", At(2)));
        Assert.True(debounce.ShouldStore("typed", At(3)));
        debounce.Stored("typed");
        Assert.False(debounce.ShouldStore("typed", At(10)));
    }

    [Fact]
    public void Stores_at_the_latest_after_the_longest_wait_while_the_person_keeps_typing()
    {
        var debounce = new AutosaveDebounce();
        debounce.Reset("");
        var stored = Enumerable.Range(1, 15).Select(s => (s, store: debounce.ShouldStore(new string('a', s), At(s)))).First(x => x.store).s;
        Assert.Equal(1 + (int)AutosaveDebounce.MaxWait.TotalSeconds, stored);
    }

    [Fact]
    public void Says_the_time_alone_today_and_the_date_too_before_today()
    {
        Assert.Equal("14:03 UTC", AutosaveTimes.Describe(T0, At(3600)));
        Assert.Equal("2 Dec 2026 14:03 UTC", AutosaveTimes.Describe(T0, T0 + Duration.FromDays(1)));
    }
}
