namespace TalentWatch.Scraping;

/// <summary>When a source runs next: its interval after success, soon after a capped run, exponential and capped after failures.</summary>
public static class Backoff
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMinutes(2);

    public static DateTime NextRun(DateTime now, int intervalMinutes, int consecutiveFailures, TimeSpan? retryAfter, int maxBackoffMinutes)
    {
        var interval = TimeSpan.FromMinutes(Math.Max(1, intervalMinutes));
        var wait = consecutiveFailures <= 0 ? interval : Exponential(consecutiveFailures, TimeSpan.FromMinutes(Math.Max(1, maxBackoffMinutes)));
        if (retryAfter is { } asked && asked > wait)
        {
            wait = asked;
        }
        return now + wait;
    }

    /// <summary>
    /// A run that stopped at MaxArticlesPerRun comes back within a minute for the rest rather than after its interval:
    /// the cap spreads a large backlog over several runs, it must not stretch it over hours.
    /// </summary>
    public static DateTime BacklogRun(DateTime now) => now + TimeSpan.FromMinutes(1);

    private static TimeSpan Exponential(int failures, TimeSpan cap)
    {
        var doublings = Math.Min(failures - 1, 20);
        var wait = FirstRetry * Math.Pow(2, doublings);
        return wait < cap ? wait : cap;
    }
}
