using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Accounts;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Accounts;

/// <summary>Issue 14, item 9: any return address that is not a plain local path goes to "/", never a 500.</summary>
public class ReturnUrlTests(TimelineFactory factory) : IClassFixture<TimelineFactory>
{
    [Theory]
    [InlineData("/%09/evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("/\n/evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("/a\\b")]
    [InlineData("https://evil.example/")]
    [InlineData("~/x")]
    [InlineData("")]
    public async Task Should_sign_out_to_the_home_page_for_a_strange_return_address(string returnUrl)
    {
        await TestUsers.EnsureBothAsync(factory.Services);
        var client = factory.Client();
        await client.SignInOrFailAsync(TestUsers.EditorEmail);
        var token = TestUsers.HiddenInputs(await client.GetStringAsync("/"))["__RequestVerificationToken"];
        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["returnUrl"] = Uri.UnescapeDataString(returnUrl) }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("/edit")]
    [InlineData("/events/x?from=2015&q=a b")]
    [InlineData("/")]
    public void Should_keep_a_local_path(string url) => Assert.Equal(url, ReturnUrls.Safe(url));

    [Fact]
    public async Task Fuzz_every_answer_is_a_local_redirect_that_never_throws()
    {
        string[] parts = ["/", "//", "\\", "/\\", "\t", "\n", "\r", "\0", "\u007f", "\u0085", "evil.example", ":", "@", "%09", "%2F", "~", "?", "#", " ", "é", "\ud83d\ude00", "\ud800", "..", "http:", "a"];
        var rng = new Random(14);
        var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        for (var i = 0; i < 20_000; i++)
        {
            var url = string.Concat(Enumerable.Range(0, rng.Next(0, 6)).Select(_ => parts[rng.Next(parts.Length)]));
            var safe = ReturnUrls.Safe(url);
            Assert.True(safe == "/" || safe == url, url);
            Assert.StartsWith("/", safe);
            Assert.DoesNotContain(safe, c => char.IsControl(c) || c == '\\');
            Assert.False(safe.StartsWith("//", StringComparison.Ordinal), url);
            // The framework's own check (what answered 500 before) must accept every result.
            var http = new DefaultHttpContext { RequestServices = services };
            await Results.LocalRedirect(safe).ExecuteAsync(http);
            Assert.Equal(302, http.Response.StatusCode);
        }
    }
}
