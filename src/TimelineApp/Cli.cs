namespace TimelineApp;

/// <summary>A command-line verb: its name, one usage line, whether the database is migrated and seeded first, and what it does.</summary>
public sealed record CliVerb(string Name, string Usage, bool NeedsDatabase, Func<WebApplication, string[], Task<int>> Run);

/// <summary>Command-line verbs: <c>dotnet run --project src/TimelineApp -- VERB ...</c>. Every verb is listed here.</summary>
public static class Cli
{
    public static readonly IReadOnlyList<CliVerb> Verbs =
    [
        // A backup copies the file as it is (before an upgrade too), so it does not migrate first.
        new("backup", "backup PATH                 write an online backup of the database (VACUUM INTO)", NeedsDatabase: false,
            Operations.DatabaseBackup.RunVerbAsync),
        new("generate", Generator.GenerateVerb.Usage, NeedsDatabase: true, Generator.GenerateVerb.RunAsync),
        new("import", Editing.Csv.ImportVerb.Usage, NeedsDatabase: true, Editing.Csv.ImportVerb.RunAsync),
        new("users", Accounts.UsersVerb.Usage, NeedsDatabase: true, Accounts.UsersVerb.RunAsync),
        new("verify-captures", Capture.CaptureVerbs.VerifyUsage, NeedsDatabase: true, Capture.CaptureVerbs.VerifyAsync),
        new("check-sources", Capture.CaptureVerbs.CheckUsage, NeedsDatabase: true, Capture.CaptureVerbs.CheckAsync),
    ];

    public static CliVerb? Find(string name) => Verbs.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Runs a verb if the first argument names one; returns false when the app should serve.</summary>
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-')) return false;
        if (Find(args[0]) is not { } verb)
        {
            await Console.Error.WriteLineAsync($"Unknown command '{args[0]}'. Commands:");
            foreach (var v in Verbs) await Console.Error.WriteLineAsync($"  {v.Usage}");
            Environment.ExitCode = 2;
            return true;
        }
        if (verb.NeedsDatabase) await app.Services.PrepareDatabaseAsync();
        Environment.ExitCode = await verb.Run(app, args[1..]);
        return true;
    }
}
