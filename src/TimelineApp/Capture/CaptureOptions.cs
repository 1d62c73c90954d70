namespace TimelineApp.Capture;

/// <summary>
/// The <c>Capture</c> section. The limits are the issue's; tests shorten the timeout. <see cref="AllowPrivateAddresses"/>
/// is for tests and intranet deployments only: it lets the app fetch from loopback and private networks.
/// </summary>
public sealed class CaptureOptions
{
    public const long DefaultMaxBytes = 20L * 1024 * 1024;

    public bool AllowPrivateAddresses { get; set; }
    /// <summary>Narrower than <see cref="AllowPrivateAddresses"/>: only these private networks (CIDR, e.g. 10.20.0.0/16) for an intranet.</summary>
    public string[] AllowedNetworks { get; set; } = [];
    public long MaxBytes { get; set; } = DefaultMaxBytes;
    public int MaxRedirects { get; set; } = 5;
    public double TimeoutSeconds { get; set; } = 20;
    /// <summary>Minutes between background link checks; 0 turns them off.</summary>
    public double LinkCheckIntervalMinutes { get; set; }
    /// <summary>Pause between two requests to the same host during a link check.</summary>
    public double LinkCheckHostDelaySeconds { get; set; } = 1;
    public string UserAgent { get; set; } = "TimelineApp-capture/1.0 (preserves cited sources)";
}

/// <summary>A fetch or upload the app will not do, with the reason in words an editor understands.</summary>
public sealed class CaptureRefusedException(string reason, CaptureFailure kind = CaptureFailure.Refused) : Exception(reason)
{
    public CaptureFailure Kind { get; } = kind;
}

/// <summary>Why a fetch failed; a link check treats <see cref="NotFound"/> as gone and <see cref="Timeout"/> as gone only when repeated.</summary>
public enum CaptureFailure { Refused, NotFound, Timeout, Unreachable }
