using Microsoft.Playwright;
using TimelineApp.Accounts;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TimelineApp.Tests.Browser;

/// <summary>Issue 14, item 7: two-factor sign-in in Chromium, with an authenticator code (RFC 6238) and a single-use recovery code.</summary>
public class TwoFactorBrowserTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private const string Email = "two-factor@example.org";

    [Fact]
    public async Task Should_enable_two_factor_then_sign_in_with_a_code_and_once_with_a_recovery_code()
    {
        await TestUsers.EnsureAsync(fx.Server.Services, Email, Roles.Editor);
        var page = await fx.NewPageAsync();
        await page.SignInAsync(Email);

        await page.GotoAsync("/account/two-factor");
        var key = (await page.GetByTestId("shared-key").InnerTextAsync()).Replace(" ", "").ToUpperInvariant();
        var step = await AuthenticatorCodes.SteadyStepAsync();
        await page.GetByLabel("Six-digit code from the app").FillAsync(AuthenticatorCodes.At(key, step));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify and turn on" }).ClickAsync();
        await Expect(page.GetByText("Two-factor sign-in is on.")).ToBeVisibleAsync();
        var codes = await page.GetByRole(AriaRole.List, new() { Name = "Recovery codes" }).GetByRole(AriaRole.Listitem).AllInnerTextsAsync();
        Assert.Equal(10, codes.Count);

        await SignOutAsync(page);
        await PasswordAsync(page);
        // The step used to turn it on is spent; the next one is within the one step of drift allowed.
        await CodeAsync(page, AuthenticatorCodes.At(key, step + 1));
        await Expect(page.GetByText($"Signed in as {Email}")).ToBeVisibleAsync();

        await SignOutAsync(page);
        await PasswordAsync(page);
        await CodeAsync(page, codes[0].Trim());
        await Expect(page.GetByText($"Signed in as {Email}")).ToBeVisibleAsync();

        await SignOutAsync(page);
        await PasswordAsync(page);
        await CodeAsync(page, codes[0].Trim());
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "That code is not right" })).ToBeVisibleAsync();
    }

    private static async Task SignOutAsync(IPage page)
    {
        await page.GotoAsync("/edit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }

    private static async Task PasswordAsync(IPage page)
    {
        await page.GotoAsync(AccountsSetup.LoginPath);
        await page.GetByLabel("Email").FillAsync(Email);
        await page.GetByLabel("Password").FillAsync(TestUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Enter your sign-in code" })).ToBeVisibleAsync();
    }

    private static async Task CodeAsync(IPage page, string code)
    {
        await page.GetByLabel("Code from the app or a recovery code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify" }).ClickAsync();
    }
}
