using System.Net;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TimelineApp.Data;
using TimelineApp.Map;

namespace TimelineApp.Tests.Map;

public class PlaceMiniMapTests
{
    private static async Task<string> RenderAsync(double lat, double lng, GeoPrecision precision, string label)
    {
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<PlaceMiniMap>(ParameterView.FromDictionary(
            new Dictionary<string, object?> { ["Latitude"] = lat, ["Longitude"] = lng, ["Precision"] = precision, ["Label"] = label }))).ToHtmlString());
        // Without the scoped-CSS attributes, so the assertions read like the markup.
        return System.Text.RegularExpressions.Regex.Replace(html, @" b-[a-z0-9]{10}", "");
    }

    [Fact]
    public async Task Renders_the_map_element_and_a_caption_with_place_precision_and_coordinates()
    {
        var html = await RenderAsync(32.7673, 22.6367, GeoPrecision.Town, "Derna");
        Assert.Contains("<place-mini-map lat=\"32.7673\" lng=\"22.6367\" precision=\"town\" label=\"Derna\"", html);
        Assert.Contains("Derna · town-level location · <span class=\"coordinates\">32.767° N, 22.637° E</span>", WebUtility.HtmlDecode(html));
    }

    [Fact]
    public async Task Encodes_the_label_and_writes_southern_and_western_coordinates()
    {
        var html = await RenderAsync(-34.6, -58.38, GeoPrecision.Exact, "<b>Buenos Aires</b>");
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("34.6° S, 58.38° W", WebUtility.HtmlDecode(html));
        Assert.Contains("exact location", html);
    }
}
