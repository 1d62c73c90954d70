using System.Net;
using System.Text.RegularExpressions;
using NodaTime;
using TimelineApp.Editing.SourceForms;
using TimelineApp.Tests.Editing;

namespace TimelineApp.Tests.Security;

/// <summary>
/// Issue 14, item 1, beyond the filter list: every GET route the app has (read from its own endpoint list, so a new one
/// is covered without editing this test) gets every script's digits in every date parameter and never answers 5xx; and
/// the source form's publication date, the one date field outside the event form, reads every script's digits.
/// </summary>
public partial class UnicodeDigitRouteTests(UnicodeDigitTests.Factory factory) : IClassFixture<UnicodeDigitTests.Factory>
{
    /// <summary>Every query parameter the app reads as a date (EventFilter's from/to; the filter reader and oEmbed's url carry the same).</summary>
    private static readonly string[] DateParameters = ["from", "to"];

    /// <summary>Routes where a date parameter means nothing and a signed-in or single-use request is needed.</summary>
    private static readonly string[] Skipped = ["/edit", "/api/edit", "/account", "/_blazor", "/_framework", "/health"];

    [Fact]
    public async Task Every_get_route_answers_every_scripts_digits_in_every_date_parameter_without_a_server_error()
    {
        var client = factory.CreateClient();
        var routes = EndpointInventory.GetRoutes(factory.Services).Where(r => !Skipped.Any(s => r.StartsWith(s, StringComparison.Ordinal))).ToList();
        var failures = new List<string>();
        var paths = routes.Select(r => Concrete(r, failures)).OfType<string>().Distinct().ToList();
        Assert.True(paths.Count >= 20, $"only {paths.Count} routes: {string.Join(", ", paths)}");
        foreach (var zero in ScriptDigits.Zeros)
            foreach (var path in paths)
            {
                var values = new[] { "2015-02-16", "16 Feb 2015", "2015-13" };
                var query = string.Join("&", DateParameters.Select((p, i) => $"{p}={Uri.EscapeDataString(ScriptDigits.In(zero, values[(i + zero.Value) % values.Length]))}"));
                var separator = path.Contains('?') ? '&' : '?';
                var status = (await client.GetAsync(path + separator + query)).StatusCode;
                if ((int)status >= 500) failures.Add($"{ScriptDigits.Name(zero)} {path}: {(int)status}");
            }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public void The_source_forms_publication_date_reads_every_scripts_digits_and_names_the_field_when_wrong()
    {
        var today = new LocalDate(2015, 3, 1);
        foreach (var zero in ScriptDigits.Zeros)
        {
            var form = new SourceForm
            {
                Outlet = "Wire", Author = "unknown", Headline = "H", Language = "en", Text = "Text.",
                PublishedDate = ScriptDigits.In(zero, "17 Feb 2015"),
            };
            Assert.DoesNotContain(SourceFormValidator.Validate(form, today, []), e => e.Field == nameof(SourceForm.PublishedDate));
            form.PublishedDate = ScriptDigits.In(zero, "2015-02-30");
            Assert.Contains(SourceFormValidator.Validate(form, today, []), e => e.Field == nameof(SourceForm.PublishedDate) && e.Message.Contains("is not a day"));
        }
    }

    /// <summary>A request path for a route pattern, with a real value for each route parameter; an unknown parameter is a failure, so it gets one.</summary>
    private string? Concrete(string pattern, List<string> failures)
    {
        var missing = false;
        var path = RouteParameter().Replace(pattern, m =>
        {
            var name = m.Groups["name"].Value;
            if (name.Contains("slug", StringComparison.OrdinalIgnoreCase)) return Sample.Slug;
            if (name.Equals("id", StringComparison.OrdinalIgnoreCase)) return Sample.ArticleId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (m.Value.StartsWith("{*", StringComparison.Ordinal)) return "x";
            failures.Add($"{pattern}: no sample value for route parameter '{name}'; add one here so the route is fuzzed");
            missing = true;
            return "";
        });
        return missing ? null : path;
    }

    private (string Slug, int ArticleId) Sample => _sample ??= ReadSample();
    private (string Slug, int ArticleId)? _sample;

    private (string, int) ReadSample()
    {
        using var db = factory.CreateDb();
        return (db.Events.Where(e => e.Status == TimelineApp.Data.EventStatus.Published).Select(e => e.Slug).First(), new EditingKit(factory).ViceArticleId());
    }

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z_]+)[^}]*\}")]
    private static partial Regex RouteParameter();
}
