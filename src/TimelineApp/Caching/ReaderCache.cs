using Microsoft.AspNetCore.OutputCaching;

namespace TimelineApp.Caching;

/// <summary>
/// Anonymous readers' responses (pages, API, exports, embeds) are kept by ASP.NET Core output caching, keyed by
/// path and the whole query string plus the data version. Every committed write to the database bumps the version,
/// so a request that starts after the write never finds an entry made before it (not even one stored by a request
/// that read the old data while the write was under way), and the old entries are evicted by tag.
/// Signed-in users' requests are neither served from nor stored in the cache (the default policy's rule), so drafts
/// that editors see never reach a cache.
/// </summary>
public sealed class ReaderCache(IOutputCacheStore store, ILogger<ReaderCache> log)
{
    public const string Policy = "readers";
    public const string Tag = "readers";

    /// <summary>How long an entry lives if nothing changes; writes by another process (the import verb) show after this.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private long _version;

    public long Version => Interlocked.Read(ref _version);

    /// <summary>Called after every committed change: new requests use a new key at once; old entries are dropped.</summary>
    public void Changed()
    {
        Interlocked.Increment(ref _version);
        _ = EvictAsync();
    }

    private async Task EvictAsync()
    {
        try { await store.EvictByTagAsync(Tag, CancellationToken.None); }
        catch (Exception e) { log.LogWarning(e, "Evicting the readers' output cache failed; the version bump already hides old entries"); }
    }
}
