namespace TimelineApp.Accounts;

/// <summary>The one check for where to send someone after signing in or out: only a path on this site, else "/".</summary>
public static class ReturnUrls
{
    /// <summary>
    /// Url.IsLocalUrl's rules ("/" or "/x" but not "//" or "/\"), and stricter: no control characters or
    /// backslashes anywhere, since browsers drop tabs and newlines and read "\" as "/" ("/%09/evil.example").
    /// </summary>
    public static string Safe(string? url) => IsLocal(url) ? url! : "/";

    public static bool IsLocal(string? url)
    {
        if (string.IsNullOrEmpty(url) || url[0] != '/') return false;
        if (url.Length > 1 && url[1] is '/' or '\\') return false;
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (char.IsControl(c) || c == '\\') return false;
            if (char.IsHighSurrogate(c) && i + 1 < url.Length && char.IsLowSurrogate(url[i + 1])) i++;
            else if (char.IsSurrogate(c)) return false;
        }
        return true;
    }
}
