using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Accounts;

namespace TimelineApp.Tests.Accounts;

/// <summary>Test accounts are made here through the app's own UserManager, never stored in the repository.</summary>
public static partial class TestUsers
{
    public const string EditorEmail = "editor@example.org";
    public const string ReviewerEmail = "reviewer@example.org";
    public const string Password = "test-password-1234";

    public static async Task EnsureAsync(IServiceProvider services, string email, string role)
    {
        await using var scope = services.CreateAsyncScope();
        var admin = scope.ServiceProvider.GetRequiredService<UserAdmin>();
        var problems = await admin.AddAsync(email, role, Password);
        if (problems.Count > 0 && !problems[0].Contains("already exists", StringComparison.Ordinal))
            throw new InvalidOperationException(string.Join(" ", problems));
    }

    public static async Task EnsureBothAsync(IServiceProvider services)
    {
        await EnsureAsync(services, EditorEmail, Roles.Editor);
        await EnsureAsync(services, ReviewerEmail, Roles.Reviewer);
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see where they point.</summary>
    public static HttpClient Client(this WebApplicationFactory<AppEntry> factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Posts the sign-in form like a browser (with its antiforgery token); returns the response.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password = Password)
    {
        var form = await client.GetStringAsync("/account/login");
        var fields = HiddenInputs(form);
        fields["Input.Email"] = email;
        fields["Input.Password"] = password;
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(fields));
    }

    public static async Task SignInOrFailAsync(this HttpClient client, string email)
    {
        var response = await client.SignInAsync(email);
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The hidden inputs (form handler name, antiforgery token) of a page's forms; the page's own form comes last.</summary>
    public static Dictionary<string, string> HiddenInputs(string html)
    {
        var inputs = new Dictionary<string, string>();
        foreach (Match m in HiddenInput().Matches(html)) inputs[WebUtility.HtmlDecode(m.Groups["name"].Value)] = WebUtility.HtmlDecode(m.Groups["value"].Value);
        inputs.Remove("returnUrl");
        return inputs;
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();
}
