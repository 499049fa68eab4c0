namespace TalentWatch.Scraping;

/// <summary>When a source runs next: its interval after success, exponential and capped after failures.</summary>
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

    private static TimeSpan Exponential(int failures, TimeSpan cap)
    {
        var doublings = Math.Min(failures - 1, 20);
        var wait = FirstRetry * Math.Pow(2, doublings);
        return wait < cap ? wait : cap;
    }
}
