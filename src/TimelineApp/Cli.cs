namespace TimelineApp;

/// <summary>Command-line verbs: <c>dotnet run --project src/TimelineApp -- VERB ...</c>.</summary>
public static class Cli
{
    private static readonly Dictionary<string, (string Usage, Func<WebApplication, string[], Task<int>> Run)> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["backup"] = ("backup PATH                 write an online backup of the database (VACUUM INTO)", Operations.DatabaseBackup.RunVerbAsync),
        ["generate"] = (Generator.GenerateVerb.Usage, Generator.GenerateVerb.RunAsync),
    };

    /// <summary>Lets a feature add a verb (called from its service registration).</summary>
    public static void Register(string verb, string usage, Func<WebApplication, string[], Task<int>> run) => Verbs[verb] = (usage, run);

    /// <summary>Runs a verb if the first argument names one; returns false when the app should serve.</summary>
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-')) return false;
        if (!Verbs.TryGetValue(args[0], out var verb))
        {
            await Console.Error.WriteLineAsync($"Unknown command '{args[0]}'. Commands:");
            foreach (var (name, v) in Verbs.OrderBy(v => v.Key)) await Console.Error.WriteLineAsync($"  {v.Usage}");
            Environment.ExitCode = 2;
            return true;
        }
        if (!verb.Usage.StartsWith("schema", StringComparison.Ordinal)) await app.Services.PrepareDatabaseAsync();
        Environment.ExitCode = await verb.Run(app, args[1..]);
        return true;
    }
}
