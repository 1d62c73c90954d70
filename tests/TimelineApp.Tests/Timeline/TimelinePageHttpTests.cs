using System.Net;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Timeline;

/// <summary>The timeline's first HTML (before any circuit): what crawlers, link previews and slow phones get.</summary>
public class TimelinePageHttpTests(TimelineFactory app) : IClassFixture<TimelineFactory>
{
    [Fact]
    public async Task Prerendered_page_contains_the_first_page_of_events()
    {
        var (status, html, text) = await app.GetPageAsync("/");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("24 events", text);
        Assert.Contains("Egyptian airstrikes on Islamic State targets in Derna", text);
        Assert.Contains("Bomb blasts kill dozens in Al-Qubba", text);
        Assert.Contains("40–50 killed (VICE News) · 3 civilians killed (Libyan army spokesman)", text);
        Assert.Contains("href=\"/events/egyptian-airstrikes-on-derna\"", html);
        Assert.Contains("<h2 id=\"year-2015\"", html);
    }

    [Fact]
    public async Task Prerendered_page_applies_the_filters_in_the_url()
    {
        var text = (await app.GetPageAsync("/?type=airstrike&country=LY")).Text;
        Assert.Contains("4 events", text);
        Assert.DoesNotContain("Bomb blasts kill dozens in Al-Qubba", text);
    }

    [Fact]
    public async Task Unknown_and_malformed_values_are_ignored_with_a_visible_notice()
    {
        var (status, html, text) = await app.GetPageAsync("/?type=bogus&from=notadate");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("role=\"status\"", html);
        Assert.Contains("unknown event type 'bogus'", text);
        Assert.Contains("'notadate' is not a date", text);
        Assert.Contains("24 events", text);
    }

    [Fact]
    public async Task Search_words_are_marked_and_markup_in_the_query_stays_text()
    {
        var marked = (await app.GetPageAsync("/?q=qubba")).Html;
        Assert.Matches("<mark[^>]*>Qubba</mark>", marked);
        var html = (await app.GetPageAsync("/?q=" + Uri.EscapeDataString("<script>alert('x')</script>"))).Html;
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("value=\"&lt;script&gt;alert(", html);
    }
}
