using NodaTime;
using TimelineApp.Dates;

namespace TimelineApp.Tests.Dates;

/// <summary>The sentences are the seed articles' own words, resolved against their publication dates.</summary>
public class RelativeDateResolverTests
{
    private static readonly LocalDate Vice = new(2015, 2, 17);  // Tuesday
    private static readonly LocalDate Blog = new(2015, 2, 21);  // Saturday

    private static RelativeDateMatch Resolve(string sentence, string phrase, LocalDate published)
    {
        var matches = RelativeDateResolver.FindAll(sentence, published);
        return Assert.Single(matches, m => m.Phrase.Contains(phrase, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("Egyptian President Abdel Fattah el-Sisi today asked for international intervention in Libya after its military conducted airstrikes on Monday against extremist militants.", "on Monday", "16 Feb 2015")]
    [InlineData("Islamic State-allied fighters released a grim video on Sunday apparently showing 21 Egyptian Coptic Christians being beheaded.", "on Sunday", "15 Feb 2015")]
    [InlineData("President Abdel Fattah el-Sisi today demanded a UN resolution to mandate action by a coalition of member states.", "today", "17 Feb 2015")]
    [InlineData("Disagreements over last June's general election turned Islamist and nationalist factions against each other.", "last June", "Jun 2014")]
    [InlineData("including Derna's Ansar al Sharia group, which did so in October.", "in October", "Oct 2014")]
    [InlineData("The United Arab Emirates has already been involved in a series of air strikes on Islamist militias in Libya in August.", "in August", "Aug 2014")]
    [InlineData("where the military removed democratically-elected Islamist president Mohamed Morsi from power last year, then launched a brutal crackdown.", "last year", "2014")]
    [InlineData("Since longtime autocrat Muammar Qaddafi was overthrown and killed in 2011 with the help of an international coalition.", "in 2011", "2011")]
    public void Should_resolve_the_VICE_News_phrases_against_Tuesday_17_Feb_2015(string sentence, string phrase, string expected)
    {
        Assert.Equal(expected, Resolve(sentence, phrase, Vice).Span.Format());
    }

    [Theory]
    [InlineData("Egypt's minister of foreign affairs, Sameh Shukri, met with American policy makers in Washington on Thursday to urge their help.", "on Thursday", "19 Feb 2015")]
    [InlineData("Friday’s bombing bookends a volatile week in Libya, where a wave of fresh bloodshed has demonstrated Islamic State’s powers.", "Friday", "20 Feb 2015")]
    [InlineData("Friday's bombing bookends a volatile week in Libya.", "Friday", "20 Feb 2015")]
    [InlineData("Egypt’s embassy in Tripoli for example was also the target of a bombing last November.", "last November", "Nov 2014")]
    public void Should_resolve_the_blog_phrases_against_Saturday_21_Feb_2015(string sentence, string phrase, string expected)
    {
        Assert.Equal(expected, Resolve(sentence, phrase, Blog).Span.Format());
    }

    [Fact]
    public void This_week_should_span_Monday_to_the_publication_day()
    {
        var match = Resolve("Egyptian diplomats were at the United Nations this week urging member states to form a UN-backed coalition.", "this week", Blog);

        Assert.Equal(PartialDate.Day(2015, 2, 16), match.Span.Start);
        Assert.Equal(PartialDate.Day(2015, 2, 21), match.Span.End);
        Assert.Contains("16–21 Feb 2015", match.Span.Format());
    }

    [Fact]
    public void Early_this_week_should_be_found_as_one_phrase()
    {
        var match = Resolve("a reprisal for Egyptian airstrikes early this week against Islamist fighters.", "this week", Blog);

        Assert.Equal("early this week", match.Phrase);
        Assert.Equal(new LocalDate(2015, 2, 16), match.Span.Start.Start);
    }

    [Fact]
    public void Should_find_every_phrase_of_a_sentence_in_order_with_its_position()
    {
        const string sentence = "Egyptian President Abdel Fattah el-Sisi today asked for international intervention in Libya after its military conducted airstrikes on Monday.";

        var matches = RelativeDateResolver.FindAll(sentence, Vice);

        Assert.Equal(["today", "on Monday"], matches.Select(m => m.Phrase));
        Assert.All(matches, m => Assert.Equal(m.Phrase, sentence.Substring(m.Index, m.Phrase.Length)));
        Assert.Equal("today", RelativeDateResolver.FindFirst(sentence, Vice)?.Phrase);
    }

    [Fact]
    public void Should_explain_how_each_date_was_worked_out()
    {
        var match = Resolve("airstrikes on Monday against extremist militants", "on Monday", Vice);

        Assert.Contains("17 Feb 2015", match.Explanation);
        Assert.Contains("Monday", match.Explanation);
    }

    [Theory]
    [InlineData("The meeting on Tuesday was short.", "17 Feb 2015")]
    [InlineData("The meeting last Tuesday was short.", "10 Feb 2015")]
    [InlineData("The report came out yesterday.", "16 Feb 2015")]
    [InlineData("Talks have continued since February.", "Feb 2015")]
    [InlineData("The vote held last February was disputed.", "Feb 2014")]
    public void Should_treat_the_publication_day_and_month_the_way_news_means_them(string sentence, string expected)
    {
        Assert.Equal(expected, RelativeDateResolver.FindFirst(sentence, Vice)?.Span.Format());
    }

    [Theory]
    [InlineData("Officials said the strikes would continue.")]
    [InlineData("The group may act in 2020.")]
    [InlineData("On 16 February 2015 Egypt struck Derna.")]
    public void Should_find_nothing_where_there_is_no_resolvable_relative_date(string sentence)
    {
        Assert.Empty(RelativeDateResolver.FindAll(sentence, Vice));
    }
}
