using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using TimelineApp.Data;

namespace TimelineApp.Accounts;

/// <summary>
/// The last authenticator time step each account has used, in a column of the user row, so a code works once on every
/// instance sharing the database. Claiming a step is one conditional UPDATE, so of two simultaneous posts of the same
/// code exactly one wins.
/// </summary>
public sealed class AuthenticatorSteps(IDbContextFactory<TimelineDb> dbFactory)
{
    public const string Column = "AuthenticatorStepUsed";

    public static void Configure(ModelBuilder b) =>
        // Written only by ClaimAsync: Identity's own saves of the user (which mark every property changed) leave it alone,
        // or turning two-factor on would write back the step it had just used.
        b.Entity<IdentityUser>().Property<long?>(Column).Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);

    /// <summary>Records <paramref name="step"/> as used; false when it or a later step was used already.</summary>
    public async Task<bool> ClaimAsync(string userId, long step, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var claimed = await db.Users
            .Where(u => u.Id == userId && (EF.Property<long?>(u, Column) == null || EF.Property<long?>(u, Column) < step))
            .ExecuteUpdateAsync(s => s.SetProperty(u => EF.Property<long?>(u, Column), step), ct);
        return claimed == 1;
    }
}
