using System.Security.Claims;
using TimelineApp.Accounts;

namespace TimelineApp.Editing.Csv;

/// <summary><c>import FILE.csv [--keep-statuses] [--dry-run] [--as NAME]</c>: the same all-or-nothing import as the upload page.</summary>
internal static class ImportVerb
{
    public const string Usage = "import FILE.csv [--keep-statuses] [--dry-run] [--as NAME]   import events from CSV (all or nothing)";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var path = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        if (path is null)
        {
            await Console.Error.WriteLineAsync("Usage: " + Usage);
            return 2;
        }
        if (!File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"File not found: {path}");
            return 2;
        }
        var asIndex = Array.IndexOf(args, "--as");
        var name = asIndex >= 0 && asIndex + 1 < args.Length ? args[asIndex + 1] : $"cli:{Environment.UserName}";
        // Whoever can run the app's command line can change its database anyway, so the command acts as a reviewer.
        var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, Roles.Reviewer)], "cli"));
        var options = new ImportOptions(args.Contains("--keep-statuses"), args.Contains("--dry-run"), Path.GetFileName(path));
        var started = System.Diagnostics.Stopwatch.StartNew();
        var report = await app.Services.GetRequiredService<EventCsvImporter>().ImportAsync(await File.ReadAllBytesAsync(path), user, options);
        foreach (var note in report.Notes) Console.WriteLine(note);
        if (report.Problems.Count > 0)
        {
            await Console.Error.WriteLineAsync($"Nothing was imported: {report.Problems.Count} problem{(report.Problems.Count == 1 ? "" : "s")} in {path}:");
            foreach (var p in report.Problems.Take(200)) await Console.Error.WriteLineAsync($"  {p}");
            if (report.Problems.Count > 200) await Console.Error.WriteLineAsync($"  … and {report.Problems.Count - 200} more");
            return 1;
        }
        Console.WriteLine($"{(options.DryRun ? "Checked (nothing written)" : "Imported")}: {report.Created} new, {report.Updated} updated, " +
            $"{report.Proposed} proposed for review, {report.Unchanged} unchanged in {started.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }
}
