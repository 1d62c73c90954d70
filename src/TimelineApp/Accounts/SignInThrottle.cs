using System.Collections.Concurrent;
using NodaTime;

namespace TimelineApp.Accounts;

/// <summary>
/// Slows down guessing instead of locking accounts (a lock is a weapon: anyone could lock out the only reviewer).
/// Failed sign-ins are counted in a sliding window per client address and per account name, whether or not the
/// account exists; past a free allowance each further try must wait twice as long, up to a cap. Nothing is ever locked.
/// </summary>
public sealed class SignInThrottle(IClock clock, IConfiguration config)
{
    private static readonly Duration Window = Duration.FromMinutes(15);
    private readonly ConcurrentDictionary<string, Queue<Instant>> _failures = new();

    private int ClientAllowance => config.GetValue("SignIn:FailuresPerClient", 10);
    private int AccountAllowance => config.GetValue("SignIn:FailuresPerAccount", 5);
    private static readonly Duration ClientCap = Duration.FromMinutes(15);
    /// <summary>Short, so someone guessing at an account costs its owner a brief wait at most.</summary>
    private static readonly Duration AccountCap = Duration.FromSeconds(30);

    /// <summary>How long this client must wait before trying this account again; zero when it may try now.</summary>
    public TimeSpan WaitFor(string client, string account)
    {
        var now = clock.GetCurrentInstant();
        var wait = Duration.Max(Wait(ClientKey(client), ClientAllowance, ClientCap, now), Wait(AccountKey(account), AccountAllowance, AccountCap, now));
        return wait.ToTimeSpan();
    }

    public void Failed(string client, string account)
    {
        var now = clock.GetCurrentInstant();
        foreach (var key in new[] { ClientKey(client), AccountKey(account) })
        {
            var q = _failures.GetOrAdd(key, _ => new Queue<Instant>());
            lock (q)
            {
                Prune(q, now);
                q.Enqueue(now);
            }
        }
        if (_failures.Count > 100_000) Sweep(now);
    }

    /// <summary>A right password clears that account's count (not the client's: one success must not reset guessing elsewhere).</summary>
    public void Succeeded(string account) => _failures.TryRemove(AccountKey(account), out _);

    private Duration Wait(string key, int allowance, Duration cap, Instant now)
    {
        if (!_failures.TryGetValue(key, out var q)) return Duration.Zero;
        lock (q)
        {
            Prune(q, now);
            var over = q.Count - allowance;
            if (over < 0 || q.Count == 0) return Duration.Zero;
            var delay = Duration.Min(cap, Duration.FromSeconds(Math.Pow(2, Math.Min(over, 20))));
            var until = q.Last() + delay;
            return until > now ? until - now : Duration.Zero;
        }
    }

    private static void Prune(Queue<Instant> q, Instant now)
    {
        while (q.Count > 0 && q.Peek() < now - Window) q.Dequeue();
    }

    private void Sweep(Instant now)
    {
        foreach (var (key, q) in _failures)
        {
            lock (q) { Prune(q, now); if (q.Count == 0) _failures.TryRemove(key, out _); }
        }
    }

    private static string ClientKey(string client) => "client:" + client;
    private static string AccountKey(string account) => "account:" + account.Trim().ToUpperInvariant();
}
