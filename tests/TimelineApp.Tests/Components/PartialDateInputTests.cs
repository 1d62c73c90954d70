using Bunit;
using TimelineApp.Editing.Inputs;

namespace TimelineApp.Tests.Components;

/// <summary>The editors' one date field: says which date and precision it read while the editor types.</summary>
public class PartialDateInputTests : MudComponentContext
{
    private IRenderedComponent<PartialDateInput> RenderInput(Action<string?>? changed = null) => Render<PartialDateInput>(p => p
        .Add(x => x.Label, "Start date").Add(x => x.Id, "event-start").Add(x => x.Value, "")
        .Add(x => x.ValueChanged, (string? v) => changed?.Invoke(v)));

    [Theory]
    [InlineData("16 Feb 2015", "Read as 16 Feb 2015 (known to the day)", "day")]
    [InlineData("Feb 2015", "Read as Feb 2015 (known to the month)", "month")]
    [InlineData("2015", "Read as 2015 (known to the year)", "year")]
    [InlineData("2015-02-16", "Read as 16 Feb 2015 (known to the day)", "day")]
    public void Should_show_the_date_and_precision_it_read(string typed, string reading, string precision)
    {
        string? raised = null;
        var cut = RenderInput(v => raised = v);
        cut.Find("input#event-start").Input(typed);
        Assert.Contains(reading, cut.Markup);
        Assert.Equal(precision, cut.Find(".precision-chip").TextContent.Trim());
        Assert.Equal(typed, raised);
    }

    [Fact]
    public void Should_say_when_the_text_is_not_a_date_and_show_no_precision()
    {
        var cut = RenderInput();
        cut.Find("input#event-start").Input("16 Fbr 2015");
        Assert.Contains("Not read as a date", cut.Markup);
        Assert.Empty(cut.FindAll(".precision-chip"));
    }

    [Fact]
    public void Should_show_the_hint_while_empty_and_label_the_input()
    {
        var cut = RenderInput();
        Assert.Contains("e.g. 16 Feb 2015, Feb 2015, 2015-02-16 or 2015", cut.Markup);
        Assert.Equal("Start date", cut.Find("label[for=event-start]").TextContent.Trim());
    }
}
