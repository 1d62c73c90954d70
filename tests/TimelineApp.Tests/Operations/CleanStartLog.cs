using System.Text.RegularExpressions;
using TimelineApp.Testing;

namespace TimelineApp.Tests.Operations;

/// <summary>
/// What an operator reads after a start: the app is asked for its pages and every file they load, and then its log
/// must hold no "warn:", "fail:" or "crit:" line (an operator reads each one as something to fix).
/// </summary>
internal static partial class CleanStartLog
{
    public static async Task AssertCleanAsync(AppProcess app)
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromSeconds(60) };
        var assets = new HashSet<string>();
        foreach (var page in new[] { "/", "/map", "/?view=axis", "/sources" })
        {
            var html = await http.GetStringAsync(page);
            foreach (Match m in LocalAsset().Matches(html)) assets.Add(m.Groups["path"].Value);
        }
        Assert.True(assets.Count >= 5, $"only {assets.Count} files found in the pages: {string.Join(", ", assets)}");
        foreach (var asset in assets)
        {
            using var response = await http.GetAsync(asset);
            Assert.True(response.IsSuccessStatusCode, $"{asset}: {(int)response.StatusCode}");
        }
        await Task.Delay(500); // the last lines reach the log
        var noisy = app.Log.Split('\n').Where(l => Noise().IsMatch(l)).ToList();
        Assert.True(noisy.Count == 0, $"{noisy.Count} warning or failure lines after a clean start:\n{app.Log}");
    }

    [GeneratedRegex("""(?:src|href)="/?(?<path>(?:js|lib|_content|_framework|favicon|app\.css|css)[^"?#]*)""")]
    private static partial Regex LocalAsset();

    [GeneratedRegex(@"^\s*(warn|fail|crit):")]
    private static partial Regex Noise();
}
