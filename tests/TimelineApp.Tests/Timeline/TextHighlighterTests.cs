using TimelineApp.Timeline;

namespace TimelineApp.Tests.Timeline;

public class TextHighlighterTests
{
    private static string Render(string text, string query) =>
        string.Concat(TextHighlighter.Segments(text, query).Select(s => s.IsMatch ? $"[{s.Text}]" : s.Text));

    [Fact]
    public void Should_mark_the_part_of_each_word_that_a_search_term_starts_ignoring_case() =>
        Assert.Equal("[Egypt]ian [air]strikes on [Derna]", Render("Egyptian airstrikes on Derna", "derna egypt air"));

    [Fact]
    public void Should_not_mark_a_term_inside_a_word() =>
        Assert.Equal("Washington and [Libya]", Render("Washington and Libya", "ton libya"));

    [Fact]
    public void Should_ignore_accents_like_the_search_does() =>
        Assert.Equal("[Café] Derna", Render("Café Derna", "cafe"));

    [Fact]
    public void Should_keep_markup_like_input_as_plain_text_segments()
    {
        var segments = TextHighlighter.Segments("<script>alert(1)</script> strike", "script strike");
        Assert.Equal("<script>alert(1)</script> strike", string.Concat(segments.Select(s => s.Text)));
        Assert.Equal(["script", "script", "strike"], segments.Where(s => s.IsMatch).Select(s => s.Text));
        Assert.Contains(segments, s => !s.IsMatch && s.Text == "<");
    }

    [Fact]
    public void Should_return_the_whole_text_unmarked_without_terms()
    {
        var s = Assert.Single(TextHighlighter.Segments("Derna", (string?)null));
        Assert.False(s.IsMatch);
        Assert.Empty(TextHighlighter.Segments("", "derna"));
    }

    [Fact]
    public void Should_treat_search_operators_as_words() =>
        Assert.Equal("[NEAR] the [OR]", Render("NEAR the OR", "\"near\" OR*"));
}
