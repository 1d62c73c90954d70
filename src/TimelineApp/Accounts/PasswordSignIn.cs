using Microsoft.AspNetCore.Identity;

namespace TimelineApp.Accounts;

public enum SignInOutcome { SignedIn, NeedsCode, Wrong, Disabled, TooMany }

public sealed record SignInAnswer(SignInOutcome Outcome, TimeSpan RetryAfter = default)
{
    /// <summary>The same words whether or not the account exists, so the answer tells an attacker nothing.</summary>
    public string? Message => Outcome switch
    {
        SignInOutcome.Wrong => "The email or password is not right. Check both and try again.",
        SignInOutcome.Disabled => "This account is disabled. Ask a reviewer to enable it.",
        SignInOutcome.TooMany => $"Too many failed sign-ins from here or for this account. Wait {Math.Ceiling(RetryAfter.TotalSeconds):0} seconds and try again.",
        _ => null,
    };
}

/// <summary>
/// Password sign-in and the second step (authenticator or recovery code), both throttled by client and account.
/// Unknown accounts cost the same work and get the same answer as wrong passwords; "disabled" is only said to
/// someone who knows the password.
/// </summary>
public sealed class PasswordSignIn(SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users, SignInThrottle throttle)
{
    private static readonly IdentityUser Nobody = new() { UserName = "nobody" };
    private static string? _nobodyHash;

    public async Task<SignInAnswer> PasswordAsync(string client, string email, string password, bool remember)
    {
        email = email.Trim();
        if (throttle.WaitFor(client, email) is { } wait && wait > TimeSpan.Zero) return new(SignInOutcome.TooMany, wait);
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            // Hash anyway, so the time taken does not tell which accounts exist.
            _nobodyHash ??= users.PasswordHasher.HashPassword(Nobody, Guid.NewGuid().ToString());
            users.PasswordHasher.VerifyHashedPassword(Nobody, _nobodyHash, password);
            return Failed(client, email);
        }
        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            throttle.SignedIn(email, user.Id);
            return new(SignInOutcome.SignedIn);
        }
        // The second step is still owed: clear nothing, or each password entry would buy a fresh allowance of code guesses.
        if (result.RequiresTwoFactor) return new(SignInOutcome.NeedsCode);
        if (result.IsLockedOut && await users.CheckPasswordAsync(user, password)) return new(SignInOutcome.Disabled);
        return Failed(client, email);
    }

    /// <summary>The second step: a six-digit code from the authenticator app, or one of the recovery codes (each works once).</summary>
    public async Task<SignInAnswer> CodeAsync(string client, string code, bool remember)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null) return new(SignInOutcome.Wrong);
        var email = user.Email ?? "";
        if (throttle.WaitForCode(client, email, user.Id) is { } wait && wait > TimeSpan.Zero) return new(SignInOutcome.TooMany, wait);
        var compact = code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = compact.Length == 6 && compact.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(compact, remember, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());
        if (result.Succeeded)
        {
            throttle.SignedIn(email, user.Id);
            return new(SignInOutcome.SignedIn);
        }
        if (result.IsLockedOut) return new(SignInOutcome.Disabled);
        throttle.CodeFailed(client, email, user.Id);
        return new(SignInOutcome.Wrong);
    }

    private SignInAnswer Failed(string client, string email)
    {
        throttle.Failed(client, email);
        return new(SignInOutcome.Wrong);
    }
}
