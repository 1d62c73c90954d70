using System.Collections.Concurrent;
using NodaTime;

namespace TimelineApp.Accounts;

/// <summary>
/// Slows down guessing instead of locking accounts (a lock is a weapon: anyone could lock out the only reviewer).
/// Failed sign-ins are counted in a sliding window per client address and per account name, whether or not the
/// account exists; past a free allowance each further try must wait twice as long, up to a cap. Wrong second-step
/// codes also count per account in a longer window with a longer cap: only someone who knows the password gets that
/// far, and they are exactly who two-factor sign-in must stop, from any number of addresses. The counts live in this
/// instance's memory.
/// </summary>
public sealed class SignInThrottle(IClock clock, IConfiguration config)
{
    private sealed record Rule(string Prefix, int Allowance, Duration Cap, Duration Window);

    private readonly ConcurrentDictionary<string, Queue<Instant>> _failures = new();

    private Rule Client => new("client:", config.GetValue("SignIn:FailuresPerClient", 10), Duration.FromMinutes(15), Duration.FromMinutes(15));
    /// <summary>A short cap, so someone guessing passwords at an account costs its owner a brief wait at most.</summary>
    private Rule Account => new("account:", config.GetValue("SignIn:FailuresPerAccount", 5), Duration.FromSeconds(30), Duration.FromMinutes(15));
    private Rule SecondStep => new("code:", config.GetValue("SignIn:CodeFailuresPerAccount", 5), Duration.FromHours(1), Duration.FromDays(1));

    /// <summary>How long this client must wait before trying this account's password again; zero when it may try now.</summary>
    public TimeSpan WaitFor(string client, string account)
    {
        var now = clock.GetCurrentInstant();
        return Duration.Max(Wait(Client, client, now), Wait(Account, Name(account), now)).ToTimeSpan();
    }

    /// <summary>How long before this client may enter a second-step code for this account (user id) again.</summary>
    public TimeSpan WaitForCode(string client, string account, string userId) =>
        TimeSpan.FromTicks(Math.Max(WaitFor(client, account).Ticks, Wait(SecondStep, userId, clock.GetCurrentInstant()).BclCompatibleTicks));

    public void Failed(string client, string account) => Count((Client, client), (Account, Name(account)));

    public void CodeFailed(string client, string account, string userId) => Count((Client, client), (Account, Name(account)), (SecondStep, userId));

    /// <summary>
    /// A completed sign-in clears that account's counts (not the client's: one success must not reset guessing
    /// elsewhere). A right password while the second step is still owed is not a completed sign-in.
    /// </summary>
    public void SignedIn(string account, string userId)
    {
        _failures.TryRemove(Account.Prefix + Name(account), out _);
        _failures.TryRemove(SecondStep.Prefix + userId, out _);
    }

    private void Count(params (Rule Rule, string Key)[] counts)
    {
        var now = clock.GetCurrentInstant();
        foreach (var (rule, key) in counts)
        {
            var q = _failures.GetOrAdd(rule.Prefix + key, _ => new Queue<Instant>());
            lock (q)
            {
                Prune(q, now, rule.Window);
                q.Enqueue(now);
            }
        }
        if (_failures.Count > 100_000) Sweep(now);
    }

    private Duration Wait(Rule rule, string key, Instant now)
    {
        if (!_failures.TryGetValue(rule.Prefix + key, out var q)) return Duration.Zero;
        lock (q)
        {
            Prune(q, now, rule.Window);
            var over = q.Count - rule.Allowance;
            if (over < 0 || q.Count == 0) return Duration.Zero;
            var delay = Duration.Min(rule.Cap, Duration.FromSeconds(Math.Pow(2, Math.Min(over, 20))));
            var until = q.Last() + delay;
            return until > now ? until - now : Duration.Zero;
        }
    }

    private static void Prune(Queue<Instant> q, Instant now, Duration window)
    {
        while (q.Count > 0 && q.Peek() < now - window) q.Dequeue();
    }

    private void Sweep(Instant now)
    {
        var longest = SecondStep.Window;
        foreach (var (key, q) in _failures)
        {
            lock (q) { Prune(q, now, longest); if (q.Count == 0) _failures.TryRemove(key, out _); }
        }
    }

    private static string Name(string account) => account.Trim().ToUpperInvariant();
}
