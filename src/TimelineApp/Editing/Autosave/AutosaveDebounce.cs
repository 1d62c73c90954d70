using NodaTime;

namespace TimelineApp.Editing.Autosave;

/// <summary>
/// When to autosave: once the form has not changed for <see cref="Quiet"/>, or at the latest <see cref="MaxWait"/>
/// after the first unsaved change while the person keeps typing.
/// </summary>
public sealed class AutosaveDebounce
{
    public static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);
    public static readonly Duration Quiet = Duration.FromSeconds(2);
    public static readonly Duration MaxWait = Duration.FromSeconds(10);

    private string? stored, lastSeen;
    private Instant? changedAt, firstUnsavedAt;

    /// <summary>Starts over from values that need no saving (as loaded, restored or already stored).</summary>
    public void Reset(string? content) => (stored, lastSeen, changedAt, firstUnsavedAt) = (content, content, null, null);

    public void Stored(string content) => Reset(content);

    /// <summary>Called every tick with the form's values: whether to store them now.</summary>
    public bool ShouldStore(string content, Instant now)
    {
        if (content == stored) return false;
        firstUnsavedAt ??= now;
        if (content != lastSeen) (lastSeen, changedAt) = (content, now);
        return now - (changedAt ?? now) >= Quiet || now - firstUnsavedAt.Value >= MaxWait;
    }
}
