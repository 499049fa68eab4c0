using Microsoft.EntityFrameworkCore;
using TalentWatch.Storage;

namespace TalentWatch.Entities;

/// <summary>
/// The matcher built from the entities in the database, shared by every scrape: building it costs a pass over the
/// catalog, so it is built once and rebuilt only after the catalog changes (Invalidate).
/// </summary>
public sealed class EntityIndex(IDbContextFactory<TalentWatchDb> dbFactory) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private Snapshot? current;

    /// <summary>RemovedSlugs: names an admin rejected or merged away, which discovery must not bring back.</summary>
    public sealed record Snapshot(EntityMatcher Matcher, IReadOnlyDictionary<string, int> IdsBySlug, IReadOnlySet<string> RemovedSlugs);

    public async Task<Snapshot> GetAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref current) is { } ready)
        {
            return ready;
        }
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (current is null)
            {
                await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
                // In id order: where two entities claim one name the older (the catalog's) wins, on every provider
                // (PostgreSQL returns an edited row last without it).
                var entities = await db.Entities.AsNoTracking().OrderBy(e => e.Id).ToListAsync(cancellationToken);
                var removed = await db.RemovedEntities.Select(r => r.Slug).ToHashSetAsync(StringComparer.Ordinal, cancellationToken);
                Volatile.Write(ref current, new Snapshot(
                    new EntityMatcher([.. entities.Select(CatalogEntry.Of)]),
                    entities.ToDictionary(e => e.Slug, e => e.Id, StringComparer.Ordinal),
                    removed));
            }
            return current!;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Invalidate() => Volatile.Write(ref current, null);

    public void Dispose() => gate.Dispose();
}
