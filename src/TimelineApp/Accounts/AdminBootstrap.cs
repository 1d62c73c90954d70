namespace TimelineApp.Accounts;

/// <summary>
/// At start (after the database is ready): makes sure the roles exist and, when there is no user yet,
/// creates the first Reviewer from <c>Admin:Email</c>/<c>Admin:Password</c>. Without them the app is read-only.
/// </summary>
internal sealed class AdminBootstrap(IServiceProvider services, IConfiguration config, ILogger<AdminBootstrap> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var admin = scope.ServiceProvider.GetRequiredService<UserAdmin>();
        await admin.EnsureRolesAsync();
        if (await admin.AnyUserAsync()) return;

        var email = config["Admin:Email"];
        var password = config["Admin:Password"];
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
        {
            log.LogWarning("No user accounts exist, so TimelineApp is read-only. Create the first reviewer with " +
                "`dotnet run --project src/TimelineApp -- users add you@example.org --role Reviewer` " +
                "or start once with the environment variables Admin__Email and Admin__Password set.");
            return;
        }
        var problems = await admin.AddAsync(email, Roles.Reviewer, password);
        if (problems.Count > 0)
            throw new InvalidOperationException($"The first administrator (Admin:Email = {email}) cannot be created: {string.Join(" ", problems)}");
        log.LogInformation("Created the first administrator {Email} (role {Role}) from configuration.", email, Roles.Reviewer);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
