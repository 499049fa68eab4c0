namespace TalentWatch.Fetching;

/// <summary>robots.txt rules per origin, loaded once and shared by concurrent callers until they expire.</summary>
internal sealed class RobotsCache
{
    private readonly Dictionary<string, Lazy<Task<RobotsVerdict>>> entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock gate = new();
    private readonly Func<Uri, Task<RobotsVerdict>> load;
    private readonly TimeProvider time;

    /// <param name="load">Fetches and parses one robots.txt URL; must not throw (failures become a verdict).</param>
    public RobotsCache(Func<Uri, Task<RobotsVerdict>> load, TimeProvider time)
    {
        this.load = load;
        this.time = time;
    }

    public async Task<RobotsRules> GetRulesAsync(Uri url, CancellationToken cancellationToken)
    {
        var origin = url.GetLeftPart(UriPartial.Authority);
        Lazy<Task<RobotsVerdict>> entry;
        lock (gate)
        {
            if (!entries.TryGetValue(origin, out entry!) || IsStale(entry))
            {
                var robotsUrl = new Uri(origin + "/robots.txt");
                entry = new Lazy<Task<RobotsVerdict>>(() => load(robotsUrl));
                entries[origin] = entry;
            }
        }

        // The load itself is not tied to this caller's token, so one caller giving up does not fail the others.
        var verdict = await entry.Value.WaitAsync(cancellationToken);
        return verdict.Rules;
    }

    private bool IsStale(Lazy<Task<RobotsVerdict>> entry)
    {
        if (!entry.IsValueCreated || !entry.Value.IsCompleted)
        {
            return false;
        }

        return !entry.Value.IsCompletedSuccessfully || entry.Value.Result.ExpiresAt <= time.GetUtcNow();
    }
}

/// <summary>The rules for an origin and how long to trust them.</summary>
internal sealed record RobotsVerdict(RobotsRules Rules, DateTimeOffset ExpiresAt);
