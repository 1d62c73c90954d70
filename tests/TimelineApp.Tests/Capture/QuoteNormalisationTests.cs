using System.Text;
using TimelineApp.Editing;

namespace TimelineApp.Tests.Capture;

/// <summary>A true quote is never refused for an invisible difference: normalisation, direction marks, quotation-mark variants.</summary>
public class QuoteNormalisationTests
{
    [Fact]
    public void Should_find_a_composed_quote_in_decomposed_text_and_return_the_articles_own_characters()
    {
        var article = "Le président a déclaré la guerre.".Normalize(NormalizationForm.FormD);
        var found = QuoteMatcher.FindExactWords("président a déclaré".Normalize(NormalizationForm.FormC), article);
        Assert.Equal("président a déclaré".Normalize(NormalizationForm.FormD), found);
    }

    [Fact]
    public void Should_ignore_direction_marks_and_zero_width_characters_in_arabic_text()
    {
        const string article = "قال المتحدث\u200F إن الغارات\u200C استهدفت معسكرات تدريب.";
        Assert.Equal("المتحدث\u200F إن الغارات\u200C استهدفت", QuoteMatcher.FindExactWords("المتحدث إن الغارات استهدفت", article));
        Assert.Equal("إن الغارات\u200C استهدفت", QuoteMatcher.FindExactWords("\u200Fإن الغارات استهدفت\u200E", article));
    }

    [Fact]
    public void Should_fold_quotation_mark_variants_and_spacing()
    {
        const string article = "He said „we will respond“ on Monday.";
        Assert.Equal("„we will respond“", QuoteMatcher.FindExactWords("\"we  will\nrespond\"", article));
        Assert.Equal("שר הביטחון אמר ״נגיב״", QuoteMatcher.FindExactWords("שר הביטחון אמר \"נגיב\"", "דובר: שר הביטחון אמר ״נגיב״ אתמול."));
        Assert.Null(QuoteMatcher.FindExactWords("we will not respond", article));
    }
}
