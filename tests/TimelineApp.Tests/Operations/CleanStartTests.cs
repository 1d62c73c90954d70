using TimelineApp.Testing;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Operations;

/// <summary>A first start on a new SQLite file, then a second start on it: neither logs a warning or a failure.</summary>
public class CleanStartTests
{
    [Theory]
    [InlineData("Production")]
    [InlineData("Development")]
    public async Task A_first_and_a_second_start_on_SQLite_log_no_warning_and_no_failure(string environment)
    {
        using var folder = new TempDatabase();
        var settings = new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = environment };
        await using (var first = await AppProcess.StartAsync(folder.Path, settings))
            await CleanStartLog.AssertCleanAsync(first);
        await using var second = await AppProcess.StartAsync(folder.Path, settings);
        await CleanStartLog.AssertCleanAsync(second);
    }
}
