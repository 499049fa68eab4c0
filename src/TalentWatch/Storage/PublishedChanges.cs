namespace TalentWatch.Storage;

/// <summary>
/// The generation of what readers see (pages, feeds, the API): it moves on with each stored change (a new article, a
/// reprocess, an edited or merged name). Caches key their entries by it, so an entry made before a change is never
/// served after it, even one whose rendering began before the change and finished after. One per process; on
/// PostgreSQL the instances tell each other (the web app's change notifications), elsewhere a write by another process
/// (the CLI, a second instance on one SQLite file) is seen when cache entries expire.
/// </summary>
public sealed class PublishedChanges
{
    private long generation;

    /// <summary>Raised after this process stored a change, for whatever tells the other instances.</summary>
    public event Action? PublishedHere;

    public long Generation => Interlocked.Read(ref generation);

    public void Publish()
    {
        Interlocked.Increment(ref generation);
        PublishedHere?.Invoke();
    }

    /// <summary>Another instance stored a change (or may have, while this one could not hear): caches here move on too.</summary>
    public void PublishedElsewhere() => Interlocked.Increment(ref generation);
}
