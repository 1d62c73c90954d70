using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using TimelineApp.Events;
using TimelineApp.Sharing;
using TimelineApp.Tests.Embed;

namespace TimelineApp.Tests.Sharing;

/// <summary>SocialMeta as the integrator will use it: on a page whose layout has a HeadOutlet.</summary>
public class SocialMetaTests
{
    private sealed class FixedNavigation : NavigationManager
    {
        public FixedNavigation(string uri) => Initialize("https://timeline.example.org/", uri);
    }

    /// <summary>HeadOutlet asks for a JS runtime but only calls it when interactive, which HtmlRenderer never is.</summary>
    private sealed class NoJavaScript : Microsoft.JSInterop.IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => throw new NotSupportedException();
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => throw new NotSupportedException();
    }

    /// <summary>A HeadOutlet (as App.razor has) and the SocialMeta under test, rendered together.</summary>
    private sealed class PageWithHead : ComponentBase
    {
        [Parameter] public Dictionary<string, object?> Meta { get; set; } = [];

        protected override void BuildRenderTree(RenderTreeBuilder b)
        {
            b.OpenElement(0, "head");
            b.OpenComponent<HeadOutlet>(1);
            b.CloseComponent();
            b.CloseElement();
            b.OpenComponent<SocialMeta>(2);
            b.AddMultipleAttributes(3, Meta!);
            b.CloseComponent();
        }
    }

    private static async Task<string> RenderAsync(string currentUri, Dictionary<string, object?> meta)
    {
        var services = new ServiceCollection().AddSingleton<NavigationManager>(new FixedNavigation(currentUri))
            .AddSingleton<Microsoft.JSInterop.IJSRuntime, NoJavaScript>()
            .AddSingleton(new TimelineApp.Security.PublicUrl(new Microsoft.Extensions.Configuration.ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["App:PublicUrl"] = "https://timeline.example.org" }).Build()))
            .BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<PageWithHead>(ParameterView.FromDictionary(new Dictionary<string, object?> { ["Meta"] = meta }));
            await output.QuiescenceTask;
            return output.ToHtmlString();
        });
    }

    [Fact]
    public async Task Should_put_open_graph_twitter_and_oembed_tags_for_an_event_into_the_head()
    {
        var e = new EventDto(1, "al-qubba-bombings", "Bomb blasts kill dozens in Al-Qubba", "Three car bombs exploded <b>near</b> a petrol station.",
            "bombing", "Bombing", "2015-02-20", null, "day", false, "20 Feb 2015", new PlaceDto("Al-Qubba", "LY", 32.759, 22.245, "town"), [], [], [], [], "published");
        var html = await RenderAsync("https://timeline.example.org/events/al-qubba-bombings?from=x", new()
        {
            ["Title"] = e.Title, ["Description"] = SocialMetaText.ForEvent(e), ["Path"] = "/events/al-qubba-bombings", ["IsEvent"] = true,
        });
        var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];
        var meta = HtmlScan.Elements(head, "meta");
        string? Meta(string key) => meta.FirstOrDefault(m => m["property"] == key || m["name"] == key)?["content"];
        Assert.Equal("Bomb blasts kill dozens in Al-Qubba", Meta("og:title"));
        Assert.Equal("article", Meta("og:type"));
        Assert.Equal("https://timeline.example.org/events/al-qubba-bombings", Meta("og:url"));
        Assert.Equal("20 Feb 2015 · Al-Qubba, Libya · Bombing — Three car bombs exploded <b>near</b> a petrol station.", Meta("og:description"));
        Assert.DoesNotContain("<b>", head);
        Assert.Equal("summary", Meta("twitter:card"));
        var oembed = Assert.Single(HtmlScan.Elements(head, "link"), l => l["type"] == "application/json+oembed");
        Assert.Equal("https://timeline.example.org/oembed?url=https%3A%2F%2Ftimeline.example.org%2Fevents%2Fal-qubba-bombings&format=json", oembed["href"]);
    }

    [Fact]
    public async Task Should_describe_a_view_at_the_current_address_when_no_path_is_given()
    {
        var html = await RenderAsync("https://timeline.example.org/map?type=airstrike", new()
        {
            ["Title"] = "Map: Airstrike", ["Description"] = SocialMetaText.ForView("Airstrike", 4),
        });
        var meta = HtmlScan.Elements(html, "meta");
        Assert.Contains(meta, m => m["property"] == "og:url" && m["content"] == "https://timeline.example.org/map?type=airstrike");
        Assert.Contains(meta, m => m["property"] == "og:type" && m["content"] == "website");
        Assert.Contains(meta, m => m["name"] == "description" && m["content"]!.StartsWith("4 events · Airstrike"));
    }
}
