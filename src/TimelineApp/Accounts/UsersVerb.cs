namespace TimelineApp.Accounts;

/// <summary>
/// <c>users add EMAIL --role Reviewer|Editor [--password P]</c> (the password may also come from TIMELINE_PASSWORD or a prompt),
/// <c>users disable EMAIL</c> and <c>users enable EMAIL</c>.
/// </summary>
internal static class UsersVerb
{
    public const string Usage = "users add EMAIL --role Reviewer|Editor [--password P]   add a user (password from --password, TIMELINE_PASSWORD or a prompt)\n" +
        "  users disable EMAIL | users enable EMAIL   end a user's sessions and refuse sign-in, or allow it again (nothing is deleted)";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args.Length == 2 && args[0].ToLowerInvariant() is "disable" or "enable") return await SetDisabledAsync(app, args[1], args[0].Equals("disable", StringComparison.OrdinalIgnoreCase));
        if (args.Length < 2 || !string.Equals(args[0], "add", StringComparison.OrdinalIgnoreCase))
        {
            await Console.Error.WriteLineAsync("Usage: " + Usage);
            return 2;
        }
        var email = args[1];
        var role = Option(args, "--role");
        if (role is null)
        {
            await Console.Error.WriteLineAsync($"Missing --role: use --role {string.Join(" or --role ", Roles.All)}.");
            return 2;
        }
        var badInput = UserAdmin.CheckEmailAndRole(email, role, out var normalRole).ToList();
        if (badInput.Count > 0)
        {
            await Console.Error.WriteLineAsync($"User not added: {string.Join(" ", badInput)}");
            return 2;
        }
        var password = Option(args, "--password") ?? Environment.GetEnvironmentVariable("TIMELINE_PASSWORD") ?? Prompt($"Password for {email}: ");
        if (string.IsNullOrEmpty(password))
        {
            await Console.Error.WriteLineAsync("No password given: pass --password, set TIMELINE_PASSWORD or type one when asked.");
            return 2;
        }
        await using var scope = app.Services.CreateAsyncScope();
        var problems = await scope.ServiceProvider.GetRequiredService<UserAdmin>().AddAsync(email, role, password);
        if (problems.Count > 0)
        {
            await Console.Error.WriteLineAsync($"User not added: {string.Join(" ", problems)}");
            return 1;
        }
        Console.WriteLine($"Added {email.Trim()} as {normalRole}.");
        return 0;
    }

    private static async Task<int> SetDisabledAsync(WebApplication app, string email, bool disabled)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var problem = await scope.ServiceProvider.GetRequiredService<UserAdmin>().SetDisabledAsync(email, disabled);
        if (problem is not null)
        {
            await Console.Error.WriteLineAsync($"Nothing changed: {problem}");
            return 1;
        }
        Console.WriteLine(disabled ? $"Disabled {email.Trim()}: their sessions have ended and they cannot sign in." : $"Enabled {email.Trim()}: they can sign in again.");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.FindIndex(args, a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase));
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string? Prompt(string label)
    {
        if (Console.IsInputRedirected) return Console.In.ReadLine();
        Console.Write(label);
        var password = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace) { if (password.Length > 0) password.Length--; }
            else if (!char.IsControl(key.KeyChar)) password.Append(key.KeyChar);
        }
        Console.WriteLine();
        return password.ToString();
    }
}
