using Microsoft.Playwright;
using TimelineApp.Tests.Accounts;
using static Microsoft.Playwright.Assertions;

namespace TimelineApp.Tests.Browser;

public static class BrowserSignIn
{
    /// <summary>Signs in through the sign-in page, as a person would.</summary>
    public static async Task SignInAsync(this IPage page, string email)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(TestUsers.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByText($"Signed in as {email}")).ToBeVisibleAsync();
    }
}
