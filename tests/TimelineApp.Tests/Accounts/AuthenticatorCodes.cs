using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace TimelineApp.Tests.Accounts;

/// <summary>
/// What a person's authenticator app does, computed here independently of the app (RFC 6238: HMAC-SHA1, 30-second
/// steps, six digits), and the two-factor pages driven over HTTP like a browser.
/// </summary>
public static partial class AuthenticatorCodes
{
    public static long StepNow => DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30;

    /// <summary>The current step, after waiting out its last 3 seconds so "now" is the same step for the server.</summary>
    public static async Task<long> SteadyStepAsync()
    {
        var into = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() % 30_000;
        if (into > 27_000) await Task.Delay(TimeSpan.FromMilliseconds(30_000 - into + 200));
        return StepNow;
    }

    public static string At(string base32Key, long step)
    {
        var message = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian) Array.Reverse(message);
        var hash = HMACSHA1.HashData(Base32(base32Key), message);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>Six digits that are no step's code from three before to three after <paramref name="step"/>.</summary>
    public static string Wrong(string base32Key, long step)
    {
        var near = Enumerable.Range(-3, 7).Select(d => At(base32Key, step + d)).ToHashSet();
        var code = int.Parse(At(base32Key, step), CultureInfo.InvariantCulture);
        string candidate;
        do candidate = ((code = (code + 500_001) % 1_000_000)).ToString("D6", CultureInfo.InvariantCulture);
        while (near.Contains(candidate));
        return candidate;
    }

    /// <summary>Opens the set-up page of a signed-in client; the key it shows (the stored one), upper case without spaces.</summary>
    public static async Task<string> KeyShownAsync(HttpClient signedIn)
    {
        var html = await signedIn.GetStringAsync("/account/two-factor");
        return SharedKey().Match(html).Groups["key"].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
    }

    /// <summary>Posts the "Verify and turn on" form; the page's HTML.</summary>
    public static async Task<string> TurnOnWithAsync(HttpClient signedIn, string code)
    {
        var fields = TestUsers.HiddenInputs(await signedIn.GetStringAsync("/account/two-factor"));
        fields["_handler"] = "two-factor-verify";
        fields["Input.Code"] = code;
        var response = await signedIn.PostAsync("/account/two-factor", new FormUrlEncodedContent(fields));
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Turns two-factor on for a signed-in client with the current code; the key and the step it used.</summary>
    public static async Task<(string Key, long Step)> TurnOnAsync(HttpClient signedIn)
    {
        var key = await KeyShownAsync(signedIn);
        var step = await SteadyStepAsync();
        var html = await TurnOnWithAsync(signedIn, At(key, step));
        if (!html.Contains("Two-factor sign-in is on.", StringComparison.Ordinal)) throw new InvalidOperationException("Turning two-factor on failed:\n" + html);
        return (key, step);
    }

    /// <summary>The password step: must send the client on to the code page, whose address (with its query) is returned.</summary>
    public static async Task<string> PasswordAsync(HttpClient client, string email)
    {
        var response = await client.SignInAsync(email);
        var location = LocalPath(response);
        if (response.StatusCode != HttpStatusCode.Redirect || !location.StartsWith("/account/login/code", StringComparison.Ordinal))
            throw new InvalidOperationException($"The password step answered {(int)response.StatusCode} {location}: {await response.Content.ReadAsStringAsync()}");
        return location;
    }

    /// <summary>Where a redirect points, as a path and query on this site.</summary>
    public static string LocalPath(HttpResponseMessage response) =>
        response.Headers.Location is not { } l ? "" : l.IsAbsoluteUri ? l.PathAndQuery : l.OriginalString;

    /// <summary>Posts the code form of the second sign-in step.</summary>
    public static async Task<HttpResponseMessage> EnterCodeAsync(HttpClient client, string codePage, string code)
    {
        var page = await client.GetAsync(codePage);
        var fields = TestUsers.HiddenInputs(await page.Content.ReadAsStringAsync());
        fields["_handler"] = "login-code";
        fields["Input.Code"] = code;
        return await client.PostAsync(codePage, new FormUrlEncodedContent(fields));
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.TrimEnd('='))
        {
            buffer = (buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal);
            bits += 5;
            if (bits >= 8) { bytes.Add((byte)(buffer >> (bits - 8))); bits -= 8; }
        }
        return [.. bytes];
    }

    [GeneratedRegex("data-testid=\"shared-key\">(?<key>[a-z2-7 ]+)</code>")]
    private static partial Regex SharedKey();
}
