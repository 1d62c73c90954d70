using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using NodaTime;

namespace TimelineApp.Accounts;

/// <summary>
/// The one check of authenticator codes, registered in place of Identity's own provider, so sign-in
/// (SignInManager.TwoFactorAuthenticatorSignInAsync) and turning two-factor on (UserManager.VerifyTwoFactorTokenAsync)
/// both use it. A code is accepted for the current step or one step either side (clock drift), and only if that step
/// is later than the last one the account used: each code works once.
/// </summary>
public sealed class OneTimeAuthenticatorTokenProvider(IClock clock, AuthenticatorSteps steps) : IUserTwoFactorTokenProvider<IdentityUser>
{
    private const int Drift = 1;

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<IdentityUser> manager, IdentityUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The code comes from the person's app, never from the server (as with Identity's provider).</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<IdentityUser> manager, IdentityUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<IdentityUser> manager, IdentityUser user)
    {
        if (token.Length != 6 || !token.All(char.IsAsciiDigit)) return false;
        if (await manager.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } base32) return false;
        var key = Totp.KeyFromBase32(base32);
        var now = Totp.StepAt(clock.GetCurrentInstant());
        for (var step = now - Drift; step <= now + Drift; step++)
        {
            var matches = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Totp.Code(key, step)), Encoding.ASCII.GetBytes(token));
            if (matches && await steps.ClaimAsync(user.Id, step)) return true;
        }
        return false;
    }
}
