using System.Net;
using System.Text;
using TimelineApp.Tests.Accounts;
using TimelineApp.Tests.Infrastructure;

namespace TimelineApp.Tests.Security;

/// <summary>
/// Every endpoint that accepts more than GET, called anonymously, as an Editor and as a Reviewer, with that caller's
/// own antiforgery token and an empty body: exactly the expected answer, and nothing written. Interactive pages'
/// buttons act over the circuit, through the services; ServiceAuthorizationTests covers those.
/// </summary>
public class AuthorizationMatrixTests : IClassFixture<TimelineFactory>
{
    public enum Answer { SignIn, Unauthorized, Denied, BadRequest, RedirectHome, Ok, NotFound }

    public enum Caller { Anonymous, Editor, Reviewer }

    public sealed record Row(string Pattern, string Url, Answer Anonymous, Answer Editor, Answer Reviewer, bool Json = false)
    {
        public Answer For(Caller c) => c switch { Caller.Anonymous => Anonymous, Caller.Editor => Editor, _ => Reviewer };
    }

    private const string Slug = "egyptian-airstrikes-on-derna";

    /// <summary>Reader pages accept POST only for forms they render; they render none, so a POST is a 400 for everyone.</summary>
    private static Row Reader(string pattern, string? url = null) => new(pattern, url ?? pattern, Answer.BadRequest, Answer.BadRequest, Answer.BadRequest);

    private static Row EditorPage(string pattern, string url) => new(pattern, url, Answer.SignIn, Answer.BadRequest, Answer.BadRequest);

    public static readonly IReadOnlyList<Row> Expected =
    [
        Reader("/"), Reader("/map"), Reader("/sources"), Reader("/sources/{Id:int}", "/sources/1"), Reader("/share"),
        Reader("/events/{Slug}", "/events/" + Slug), Reader("/error"), Reader("/not-found"), Reader("/account/denied"),
        Reader("/account/login"), Reader("/account/login/code"), Reader("/api/docs"),
        EditorPage("/account/two-factor", "/account/two-factor"),
        EditorPage("/edit/sources/{Id:int}/history", "/edit/sources/1/history"),
        new("/account/logout", "/account/logout", Answer.RedirectHome, Answer.RedirectHome, Answer.RedirectHome),
        EditorPage("/edit", "/edit"),
        EditorPage("/edit/events/new", "/edit/events/new"),
        EditorPage("/edit/events/{Id:int}", "/edit/events/1"),
        EditorPage("/edit/events/{Id:int}/history", "/edit/events/1/history"),
        EditorPage("/edit/sources", "/edit/sources"),
        EditorPage("/edit/sources/new", "/edit/sources/new"),
        EditorPage("/edit/sources/{Id:int}", "/edit/sources/1"),
        EditorPage("/edit/sources/{Id:int}/cite", "/edit/sources/1/cite"),
        EditorPage("/edit/import", "/edit/import"),
        new("/edit/users", "/edit/users", Answer.SignIn, Answer.Denied, Answer.BadRequest),
        new("/edit/types", "/edit/types", Answer.SignIn, Answer.Denied, Answer.BadRequest),
        new("/edit/types/{Id}", "/edit/types/airstrike", Answer.SignIn, Answer.Denied, Answer.BadRequest),
        new("/edit/backup", "/edit/backup", Answer.SignIn, Answer.Denied, Answer.BadRequest),
        new("/api/edit/events", "/api/edit/events", Answer.Unauthorized, Answer.BadRequest, Answer.BadRequest, Json: true),
        new("/api/edit/sources/capture", "/api/edit/sources/capture", Answer.Unauthorized, Answer.BadRequest, Answer.BadRequest, Json: true),
        new("/api/edit/sources/upload", "/api/edit/sources/upload", Answer.Unauthorized, Answer.BadRequest, Answer.BadRequest), // a form post (multipart), checked for its token
        // Read-only whatever the method, and the circuit's own endpoints (no data is written over them).
        new("/health", "/health", Answer.Ok, Answer.Ok, Answer.Ok),
        new("/_blazor/negotiate", "/_blazor/negotiate?negotiateVersion=1", Answer.Ok, Answer.Ok, Answer.Ok),
        new("/_blazor", "/_blazor?id=unknown", Answer.NotFound, Answer.NotFound, Answer.NotFound),
        new("/_blazor/disconnect/", "/_blazor/disconnect/", Answer.BadRequest, Answer.BadRequest, Answer.BadRequest),
        new("/_blazor/initializers/", "/_blazor/initializers/", Answer.Ok, Answer.Ok, Answer.Ok),
    ];

    private readonly TimelineFactory _factory;

    public AuthorizationMatrixTests(TimelineFactory factory)
    {
        _factory = factory;
        TestUsers.EnsureBothAsync(factory.Services).GetAwaiter().GetResult();
    }

    [Fact]
    public void Every_endpoint_that_accepts_a_write_method_is_in_the_matrix()
    {
        var inApp = EndpointInventory.MutatingRoutes(_factory.Services);
        var listed = Expected.Select(r => r.Pattern).ToHashSet();
        Assert.True(inApp.SetEquals(listed),
            $"Not in the matrix (add a row with the expected answers): {string.Join(", ", inApp.Except(listed))}; " +
            $"listed but gone: {string.Join(", ", listed.Except(inApp))}");
    }

    [Fact]
    public async Task Every_write_endpoint_answers_each_caller_exactly_as_expected_and_writes_nothing()
    {
        var before = await WriteFingerprint.OfAsync(_factory);
        var wrong = new List<string>();
        foreach (var caller in Enum.GetValues<Caller>())
        {
            var (shared, sharedToken) = await ClientAsync(caller);
            // Signing out ends every session of that user, so it comes last, with a client of its own.
            foreach (var row in Expected.OrderBy(r => r.Pattern == "/account/logout"))
            {
                var (client, token) = row.Pattern == "/account/logout" ? await ClientAsync(caller) : (shared, sharedToken);
                var response = await client.SendAsync(Request(row, token));
                var answer = Classify(response);
                if (answer != row.For(caller)) wrong.Add($"{caller} POST {row.Url}: expected {row.For(caller)}, got {(int)response.StatusCode} {response.Headers.Location}");
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Equal(before, await WriteFingerprint.OfAsync(_factory));
    }

    private async Task<(HttpClient Client, string Token)> ClientAsync(Caller caller)
    {
        var client = _factory.Client();
        if (caller != Caller.Anonymous) await client.SignInOrFailAsync(caller == Caller.Editor ? TestUsers.EditorEmail : TestUsers.ReviewerEmail);
        return (client, await TokenAsync(client));
    }

    /// <summary>A well-formed request with the caller's own antiforgery token and an empty body.</summary>
    private static HttpRequestMessage Request(Row row, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, row.Url);
        if (row.Json)
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            request.Headers.Add("RequestVerificationToken", token);
        }
        else
        {
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        }
        return request;
    }

    /// <summary>Signed in: the sign-out form's token on the home page; anonymous: the sign-in form's.</summary>
    public static async Task<string> TokenAsync(HttpClient client)
    {
        var home = await client.GetStringAsync("/");
        var page = home.Contains("Sign out", StringComparison.Ordinal) ? home : await client.GetStringAsync("/account/login");
        return TestUsers.HiddenInputs(page)["__RequestVerificationToken"];
    }

    private static Answer? Classify(HttpResponseMessage r) => ((int)r.StatusCode, r.Headers.Location?.OriginalString) switch
    {
        (302, { } l) when l.StartsWith("/account/login", StringComparison.Ordinal) || l.Contains("/account/login?", StringComparison.Ordinal) => Answer.SignIn,
        (302, { } l) when l.Contains("/account/denied", StringComparison.Ordinal) => Answer.Denied,
        (302, "/") => Answer.RedirectHome,
        (401, _) => Answer.Unauthorized,
        (400, _) => Answer.BadRequest,
        (200, _) => Answer.Ok,
        (404, _) => Answer.NotFound,
        _ => null,
    };
}
