namespace TalentWatch.Storage;

/// <summary>
/// What this process last learnt about its database: a write that failed pauses scraping with back-off (5 s doubling
/// to 5 min), so a read-only or vanished database is not hammered every poll while the feeds' articles are lost.
/// </summary>
public sealed class StorageHealth(TimeProvider time)
{
    private static readonly TimeSpan FirstPause = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LongestPause = TimeSpan.FromMinutes(5);
    private readonly Lock gate = new();
    private int failures;

    public string? Problem { get; private set; }

    public DateTime? PausedUntil { get; private set; }

    /// <summary>Records a failure and returns when the next attempt may be made.</summary>
    public DateTime ReportFailure(string problem)
    {
        lock (gate)
        {
            failures++;
            var pause = FirstPause * Math.Pow(2, Math.Min(failures - 1, 10));
            Problem = problem;
            PausedUntil = time.GetUtcNow().UtcDateTime + (pause < LongestPause ? pause : LongestPause);
            return PausedUntil.Value;
        }
    }

    /// <summary>Returns true when this clears an earlier failure (worth a log line).</summary>
    public bool ReportHealthy()
    {
        lock (gate)
        {
            var recovered = Problem is not null;
            failures = 0;
            Problem = null;
            PausedUntil = null;
            return recovered;
        }
    }

    public bool IsPaused => PausedUntil is { } until && time.GetUtcNow().UtcDateTime < until;
}
