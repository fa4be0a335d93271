using Microsoft.Extensions.Options;

namespace MlJudge.Server.Auth;

/// <summary>
/// Failed-login bookkeeping, in memory (per server). The main lock is per (username, address): after
/// <see cref="MlJudgeOptions.FreeLoginFailures"/> failures, each further attempt from that address for that name
/// waits 1 s, 2 s, 4 s … up to 15 minutes, and a success clears it. So an attacker elsewhere cannot lock the real
/// user out. Against guessing from many addresses, a name with more than
/// <see cref="MlJudgeOptions.LoginFailuresPerUsername"/> failures in 15 minutes is also refused — but only to
/// addresses that have already failed for it, so the owner's first attempt from their own address still goes through.
/// Registration attempts per name are counted in the same way.
/// </summary>
public sealed class LoginThrottle(IOptions<MlJudgeOptions> options, TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(15);
    private const int MaxEntries = 100_000;
    private const int RegistrationsPerName = 5;

    private sealed class Pair
    {
        public int Failures;
        public DateTimeOffset LastFailure;
        public DateTimeOffset LockedUntil;
    }

    private sealed class Counter
    {
        public int Count;
        public DateTimeOffset WindowStart;
    }

    private readonly Lock _lock = new();
    private readonly Dictionary<(string Name, string Address), Pair> _pairs = [];
    private readonly Dictionary<string, Counter> _nameFailures = [];
    private readonly Dictionary<string, Counter> _registrations = [];

    /// <summary>How long this attempt must wait, or null when it may go ahead.</summary>
    public TimeSpan? BeforeLogin(string normalizedName, string address)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            _pairs.TryGetValue((normalizedName, address), out var pair);
            if (pair is not null && pair.LockedUntil > now) return pair.LockedUntil - now;
            if (pair is { Failures: > 0 } && Current(_nameFailures, normalizedName, now) is { } name && name.Count >= options.Value.LoginFailuresPerUsername)
                return name.WindowStart + Window - now;
            return null;
        }
    }

    public void LoginFailed(string normalizedName, string address)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            Prune(now);
            if (!_pairs.TryGetValue((normalizedName, address), out var pair)) _pairs[(normalizedName, address)] = pair = new Pair();
            if (now - pair.LastFailure > Window && pair.LockedUntil < now) pair.Failures = 0;
            pair.Failures++;
            pair.LastFailure = now;
            var over = pair.Failures - options.Value.FreeLoginFailures;
            if (over >= 0) pair.LockedUntil = now + TimeSpan.FromSeconds(Math.Min(MaxDelay.TotalSeconds, Math.Pow(2, Math.Min(over, 20))));
            Increment(_nameFailures, normalizedName, now);
        }
    }

    public void LoginSucceeded(string normalizedName, string address)
    {
        lock (_lock) _pairs.Remove((normalizedName, address));
    }

    /// <summary>Counts a registration attempt for the name; how long to wait when it has had too many.</summary>
    public TimeSpan? BeforeRegistration(string normalizedName)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            Prune(now);
            var counter = Increment(_registrations, normalizedName, now);
            return counter.Count > RegistrationsPerName ? counter.WindowStart + Window - now : null;
        }
    }

    private static Counter? Current(Dictionary<string, Counter> counters, string key, DateTimeOffset now) =>
        counters.TryGetValue(key, out var c) && now - c.WindowStart < Window ? c : null;

    private static Counter Increment(Dictionary<string, Counter> counters, string key, DateTimeOffset now)
    {
        if (Current(counters, key, now) is not { } counter) counters[key] = counter = new Counter { WindowStart = now };
        counter.Count++;
        return counter;
    }

    // Bounded memory: forget what has expired once the tables grow; if still full, forget the unlocked pairs.
    private void Prune(DateTimeOffset now)
    {
        if (_pairs.Count + _nameFailures.Count + _registrations.Count < MaxEntries) return;
        foreach (var (key, pair) in _pairs.ToList())
            if (pair.LockedUntil < now && now - pair.LastFailure > Window) _pairs.Remove(key);
        foreach (var counters in new[] { _nameFailures, _registrations })
            foreach (var (key, c) in counters.ToList())
                if (now - c.WindowStart >= Window) counters.Remove(key);
        if (_pairs.Count >= MaxEntries / 2)
            foreach (var (key, pair) in _pairs.ToList())
                if (pair.LockedUntil < now) _pairs.Remove(key);
    }
}
