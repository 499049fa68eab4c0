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

    public sealed record Snapshot(EntityMatcher Matcher, IReadOnlyDictionary<string, int> IdsBySlug);

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
                var entities = await db.Entities.AsNoTracking().ToListAsync(cancellationToken);
                Volatile.Write(ref current, new Snapshot(
                    new EntityMatcher([.. entities.Select(e => e.ToCatalogEntry())]),
                    entities.ToDictionary(e => e.Slug, e => e.Id, StringComparer.Ordinal)));
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
