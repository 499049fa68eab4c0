namespace TalentWatch.Storage;

/// <summary>
/// The generation of what readers see (pages, feeds, the API): it moves on with each stored change (a new article, a
/// reprocess, an edited or merged name). Caches key their entries by it, so an entry made before a change is never
/// served after it, even one whose rendering began before the change and finished after. One per process: a write by
/// another process (the CLI, a second instance) is not seen here, which is why cache entries also expire.
/// </summary>
public sealed class PublishedChanges
{
    private long generation;

    public long Generation => Interlocked.Read(ref generation);

    public void Publish() => Interlocked.Increment(ref generation);
}
