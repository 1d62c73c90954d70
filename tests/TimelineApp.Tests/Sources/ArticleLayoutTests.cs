using TimelineApp.Sources;

namespace TimelineApp.Tests.Sources;

public class ArticleLayoutTests
{
    private static QuoteRef Q(int id, string quote, string slug = "e") => new(id, quote, slug, "Event " + slug);

    private static string Render(ArticleLayout layout) => string.Join(" | ", layout.Paragraphs.Select(p =>
        string.Concat(p.Select(s => (s.StartingHere.Count > 0 ? "{" + string.Join(",", s.StartingHere.Select(q => q.CitationId)) + "}" : "")
            + (s.Quotes.Count > 0 ? $"[{s.Text}]" : s.Text)
            + (s.EndingHere.Count > 0 ? "<" + string.Join(",", s.EndingHere.Select(q => q.CitationId)) + ">" : "")))));

    [Fact]
    public void Should_split_paragraphs_at_blank_lines_and_keep_the_text_verbatim()
    {
        var layout = ArticleLayoutBuilder.Build("0\n\nHeadline\n\n\n  \nFirst line\nsecond line.\u00a0\n\nLast", []);
        Assert.Equal("0 | Headline | First line\nsecond line.\u00a0 | Last", Render(layout));
    }

    [Fact]
    public void Should_mark_quotes_and_say_where_each_starts_and_ends()
    {
        var layout = ArticleLayoutBuilder.Build("Alpha beta gamma. Delta epsilon.", [Q(1, "beta gamma."), Q(2, "Delta")]);
        Assert.Equal("Alpha {1}[beta gamma.]<1> {2}[Delta]<2> epsilon.", Render(layout));
    }

    [Fact]
    public void Should_mark_overlapping_quotes_piece_by_piece()
    {
        var layout = ArticleLayoutBuilder.Build("one two three four", [Q(1, "one two three"), Q(2, "two three four")]);
        Assert.Equal("{1}[one ]{2}[two three]<1>[ four]<2>", Render(layout));
        Assert.Equal(2, layout.Paragraphs[0][1].Quotes.Count);
    }

    [Fact]
    public void Should_link_a_passage_quoted_by_several_events_to_each()
    {
        var layout = ArticleLayoutBuilder.Build("a b c", [Q(1, "b", "x"), Q(2, "b", "y")]);
        Assert.Equal("a {1,2}[b]<1,2> c", Render(layout));
    }

    [Fact]
    public void Should_follow_a_quote_across_paragraphs()
    {
        var layout = ArticleLayoutBuilder.Build("Intro. End one.\n\nStart two. Outro.", [Q(1, "End one.\n\nStart two.")]);
        Assert.Equal("Intro. {1}[End one.] | [Start two.]<1> Outro.", Render(layout));
    }

    [Fact]
    public void Should_list_quotes_that_are_not_in_the_text()
    {
        var layout = ArticleLayoutBuilder.Build("Some text.", [Q(1, "Other words")]);
        Assert.Equal(1, Assert.Single(layout.NotFound).CitationId);
        Assert.Equal("Some text.", Render(layout));
    }
}
