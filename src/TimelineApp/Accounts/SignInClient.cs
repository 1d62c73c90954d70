namespace TimelineApp.Accounts;

/// <summary>Who is signing in (for the throttle) and how a refused sign-in is answered.</summary>
internal static class SignInClient
{
    public static string Of(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>429 with Retry-After while throttled, so scripts back off too; otherwise the page shows the message.</summary>
    public static void Refuse(HttpContext http, SignInAnswer answer)
    {
        if (answer.Outcome != SignInOutcome.TooMany || http.Response.HasStarted) return;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = Math.Ceiling(answer.RetryAfter.TotalSeconds).ToString("0", System.Globalization.CultureInfo.InvariantCulture);
    }
}
