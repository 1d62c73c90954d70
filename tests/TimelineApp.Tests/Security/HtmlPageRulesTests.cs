using System.Net;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Security;

/// <summary>
/// Every HTML page the app serves (its component pages and embeds, from the endpoint list), seen anonymously and by
/// a reviewer (who sees every editing page): our CSP, no inline script, no on* handler attributes or javascript: URLs, and every
/// POST form carries the antiforgery token and is refused without it.
/// </summary>
public class HtmlPageRulesTests : IClassFixture<TimelineFactory>
{
    private const string Slug = "egyptian-airstrikes-on-derna";
    private readonly TimelineFactory _factory;

    public HtmlPageRulesTests(TimelineFactory factory)
    {
        _factory = factory;
        TestUsers.EnsureBothAsync(factory.Services).GetAwaiter().GetResult();
    }

    /// <summary>Numeric ids are the first seeded article/event; a text {Id} is an event type's id.</summary>
    private static string Url(string pattern) => pattern.Replace("{Slug}", Slug).Replace("{slug}", Slug).Replace("{Id:int}", "1").Replace("{Id}", "airstrike");

    /// <summary>(caller, url, response, html) for every HTML page that answers; anonymous callers are sent to sign in from editing pages.</summary>
    private async Task<List<(string Who, string Url, HttpResponseMessage Response, string Html)>> PagesAsync()
    {
        var reviewer = _factory.Client();
        await reviewer.SignInOrFailAsync(TestUsers.ReviewerEmail);
        var pages = new List<(string, string, HttpResponseMessage, string)>();
        foreach (var (who, client) in new[] { ("anonymous", _factory.Client()), ("reviewer", reviewer) })
        {
            foreach (var url in EndpointInventory.HtmlRoutes(_factory.Services).Select(Url))
            {
                var response = await client.GetAsync(url);
                if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;
                pages.Add((who, url, response, await response.Content.ReadAsStringAsync()));
            }
        }
        return pages;
    }

    [Fact]
    public async Task Every_page_has_our_policy_and_no_inline_script_or_event_handler_attribute()
    {
        var pages = await PagesAsync();
        string[] mustBeChecked = ["/", "/events/" + Slug, "/map", "/edit/events/new", "/sources/1", "/account/login", "/embed/timeline", "/edit/users"];
        Assert.All(mustBeChecked, url => Assert.Contains(pages, p => p.Url == url && p.Response.StatusCode == HttpStatusCode.OK));
        var problems = new List<string>();
        foreach (var (who, url, response, html) in pages)
        {
            var csp = response.Headers.TryGetValues("Content-Security-Policy", out var v) ? string.Join(";", v) : "";
            var ancestors = url.StartsWith("/embed/", StringComparison.Ordinal) ? "frame-ancestors *" : "frame-ancestors 'self'";
            if (!csp.Contains("script-src 'self';", StringComparison.Ordinal) || !csp.EndsWith(ancestors, StringComparison.Ordinal))
                problems.Add($"{who} {url}: policy '{csp}'");
            foreach (var tag in HtmlTags.All(html))
            {
                if (tag.Name == "script" && tag["src"] is null && tag["type"] != "application/ld+json") problems.Add($"{who} {url}: inline <script> at {tag.At}");
                foreach (var name in tag.Attributes.Keys.Where(n => n.StartsWith("on", StringComparison.OrdinalIgnoreCase)))
                    problems.Add($"{who} {url}: <{tag.Name} {name}=…>");
                foreach (var (name, value) in tag.Attributes.Where(a => a.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)))
                    problems.Add($"{who} {url}: <{tag.Name} {name}=\"{value}\">");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task Every_post_form_carries_the_antiforgery_token_and_a_post_without_it_is_refused()
    {
        var seen = new HashSet<string>();
        var problems = new List<string>();
        foreach (var (who, url, _, html) in await PagesAsync())
        {
            foreach (var form in HtmlTags.Forms(html).Where(f => string.Equals(f.Start["method"], "post", StringComparison.OrdinalIgnoreCase)))
            {
                var action = string.IsNullOrEmpty(form.Start["action"]) ? url : form.Start["action"]!;
                seen.Add(action);
                var fields = HtmlTags.All(form.Body).Where(t => t.Name == "input" && t["type"] == "hidden" && t["name"] is not null)
                    .ToDictionary(t => t["name"]!, t => t["value"] ?? "");
                if (!fields.Remove("__RequestVerificationToken")) problems.Add($"{who} {url}: form to {action} has no antiforgery token");
                var withoutToken = await _factory.Client().PostAsync(action, new FormUrlEncodedContent(fields));
                if (withoutToken.StatusCode != HttpStatusCode.BadRequest && withoutToken.Headers.Location?.OriginalString.Contains("/account/login") != true)
                    problems.Add($"{who} {url}: form to {action} without its token answered {(int)withoutToken.StatusCode}");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Superset(new HashSet<string> { "/account/login", "/account/logout", "/edit/users" }, seen);
    }
}
