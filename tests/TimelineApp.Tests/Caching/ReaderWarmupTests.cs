using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Caching;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Caching;

/// <summary>
/// Issue 11, warm start: once the server listens it asks itself for the pages readers open first, so the first reader
/// after a start is served from the readers' cache instead of paying for the model, the queries and the render.
/// </summary>
public class ReaderWarmupTests
{
    [Fact]
    public async Task Should_have_the_first_pages_in_the_readers_cache_before_the_first_reader_asks()
    {
        await using var server = await LiveServer.StartAsync("--ReaderCache:WarmUp=true");
        var warmup = server.Services.GetRequiredService<ReaderWarmup>();
        await warmup.Done.WaitAsync(TimeSpan.FromMinutes(2));

        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        foreach (var path in ReaderWarmup.Paths)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, br"); // as a browser asks, and as the warm-up did
            using var response = await http.SendAsync(request);
            Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
            Assert.True(response.Headers.Age is not null, $"the first reader's {path} should come from the cache the warm-up filled");
        }
    }

    [Fact]
    public async Task Should_ask_for_nothing_when_turned_off()
    {
        await using var server = await LiveServer.StartAsync("--ReaderCache:WarmUp=false");
        await server.Services.GetRequiredService<ReaderWarmup>().Done.WaitAsync(TimeSpan.FromSeconds(5));
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/map");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip, br");
        using var response = await http.SendAsync(request);
        Assert.Null(response.Headers.Age);
    }
}
