using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace TimelineApp.Accounts;

/// <summary>Creates, disables and enables accounts (first administrator, CLI, users page); every problem comes back as a sentence.</summary>
public sealed class UserAdmin(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles)
{
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role)) Check(await roles.CreateAsync(new IdentityRole(role)));
        }
    }

    public Task<bool> AnyUserAsync() => users.Users.AnyAsync();

    /// <summary>Adds a user with one role; returns the problems (empty when the user was created).</summary>
    public async Task<IReadOnlyList<string>> AddAsync(string email, string role, string password)
    {
        email = email.Trim();
        var problems = CheckEmailAndRole(email, role, out var normalRole).ToList();
        if (problems.Count > 0) return problems;
        if (await users.FindByEmailAsync(email) is not null) return [$"A user with email {email} already exists."];

        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, user, password);
            problems.AddRange(check.Errors.Select(e => e.Description));
        }
        if (problems.Count > 0) return problems;
        await EnsureRolesAsync();
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded) return created.Errors.Select(e => e.Description).ToList();
        var added = await users.AddToRoleAsync(user, normalRole);
        return added.Succeeded ? [] : added.Errors.Select(e => e.Description).ToList();
    }

    /// <summary>
    /// Disabling ends every session and open page of the user at once (a new security stamp) and refuses sign-in
    /// (a lockout with no end; failed passwords never lock anyone). Nothing is deleted: enabling undoes it.
    /// Returns the problem, or null when done.
    /// </summary>
    public async Task<string?> SetDisabledAsync(string email, bool disabled, string? actingEmail = null)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null) return $"There is no user with email {email.Trim()}.";
        if (disabled && string.Equals(user.Email, actingEmail, StringComparison.OrdinalIgnoreCase))
            return "You cannot disable your own account; ask another reviewer.";
        if (disabled && await users.IsInRoleAsync(user, Roles.Reviewer)
            && !(await users.GetUsersInRoleAsync(Roles.Reviewer)).Any(r => r.Id != user.Id && !IsDisabled(r)))
            return $"{user.Email} is the only enabled reviewer; add or enable another reviewer first.";
        if (disabled)
        {
            Check(await users.SetLockoutEnabledAsync(user, true));
            Check(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
        }
        else
        {
            Check(await users.SetLockoutEndDateAsync(user, null));
            Check(await users.ResetAccessFailedCountAsync(user));
        }
        Check(await users.UpdateSecurityStampAsync(user));
        return null;
    }

    public static bool IsDisabled(IdentityUser user) => user.LockoutEnd is { Year: >= 9999 };

    /// <summary>What is wrong with the email or role, checked before anyone is asked for a password.</summary>
    public static IEnumerable<string> CheckEmailAndRole(string email, string role, out string normalRole)
    {
        var problems = new List<string>();
        if (!new EmailAddressAttribute().IsValid(email.Trim()) || !email.Contains('.', StringComparison.Ordinal))
            problems.Add($"'{email.Trim()}' is not an email address like editor@example.org.");
        if (!Roles.TryNormalize(role, out normalRole))
            problems.Add($"'{role}' is not a role; use {string.Join(" or ", Roles.All)}.");
        return problems;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
