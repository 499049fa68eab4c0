using System.Collections.Concurrent;

namespace TalentWatch.Web.Admin;

/// <summary>
/// Counts wrong passwords per client address and account name, and per address alone (so spraying many names from
/// one address is caught too). Past the limit, every attempt, even a correct one, is refused until the window ends:
/// otherwise a guesser would learn the password the moment it hit it.
/// </summary>
public sealed class LoginThrottle(TimeProvider time)
{
    public const int MaxFailuresPerAccount = 5;
    public const int MaxFailuresPerAddress = 20;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, Counter> counters = new(StringComparer.Ordinal);

    public bool IsLocked(string address, string? name)
    {
        var now = time.GetUtcNow();
        return Count(AccountKey(address, name), now) >= MaxFailuresPerAccount || Count(address, now) >= MaxFailuresPerAddress;
    }

    public void RecordFailure(string address, string? name)
    {
        var now = time.GetUtcNow();
        Add(AccountKey(address, name), now);
        Add(address, now);
        // Keep memory bounded: drop windows that ended.
        if (counters.Count > 10_000)
        {
            foreach (var (key, counter) in counters)
            {
                if (counter.Until <= now)
                {
                    counters.TryRemove(key, out _);
                }
            }
        }
    }

    public void RecordSuccess(string address, string? name) => counters.TryRemove(AccountKey(address, name), out _);

    private static string AccountKey(string address, string? name) =>
        address + "|" + (name ?? string.Empty).Trim().ToUpperInvariant();

    private int Count(string key, DateTimeOffset now) =>
        counters.TryGetValue(key, out var counter) && counter.Until > now ? counter.Failures : 0;

    private void Add(string key, DateTimeOffset now) =>
        counters.AddOrUpdate(key, _ => new Counter(1, now + Window),
            (_, old) => old.Until > now ? new Counter(old.Failures + 1, now + Window) : new Counter(1, now + Window));

    private sealed record Counter(int Failures, DateTimeOffset Until);
}
