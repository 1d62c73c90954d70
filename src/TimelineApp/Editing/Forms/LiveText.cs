using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Rendering;

namespace TimelineApp.Editing.Forms;

/// <summary>A text box (or text area) that updates its value on every keystroke, so parsed dates and quote checks show live.</summary>
public sealed class LiveText : InputBase<string?>
{
    [Parameter] public bool Multiline { get; set; }
    [Parameter] public int Rows { get; set; } = 4;

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, Multiline ? "textarea" : "input");
        builder.AddMultipleAttributes(1, AdditionalAttributes);
        if (Multiline) builder.AddAttribute(2, "rows", Rows);
        builder.AddAttribute(3, "name", NameAttributeValue);
        builder.AddAttribute(4, "class", CssClass);
        builder.AddAttribute(5, "value", CurrentValueAsString);
        builder.AddAttribute(6, "oninput", EventCallback.Factory.CreateBinder<string?>(this, v => CurrentValueAsString = v, CurrentValueAsString));
        builder.SetUpdatesAttributeName("value");
        builder.CloseElement();
    }

    protected override bool TryParseValueFromString(string? value, out string? result, out string validationErrorMessage)
    {
        result = value;
        validationErrorMessage = "";
        return true;
    }
}
