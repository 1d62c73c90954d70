namespace TimelineApp.Tests.Capture;

/// <summary>The scripted API with the default policy: a user-given loopback address is refused with the reason, and nothing is fetched.</summary>
public class CaptureRefusalApiTests(PublicOnlyCaptureFactory factory) : IClassFixture<PublicOnlyCaptureFactory>
{
    [Fact]
    public async Task Should_answer_400_naming_why_a_loopback_address_is_refused()
    {
        await using var server = await ArticleServer.StartAsync();
        var url = server.Html("/internal", ArticlePages.News());
        var api = await EditorApi.SignInAsync(factory);

        var detail = await api.ProblemAsync(await api.CaptureAsync(url));

        Assert.Contains("127.0.0.1, a loopback address", detail);
        Assert.False(server.Hits.ContainsKey("/internal"));
        Assert.Contains("Only http and https", await api.ProblemAsync(await api.CaptureAsync("gopher://example.com/")));
    }
}
