using Microsoft.EntityFrameworkCore;
using TalentWatch.Storage;

namespace TalentWatch.Entities;

/// <summary>Remembers the slugs an admin rejected or merged away, so neither the shipped catalog nor discovery brings them back.</summary>
public static class EntityRemovals
{
    /// <summary>Records the removal; the caller deletes the entity and saves. Pages of names merged into it follow it on.</summary>
    public static async Task RememberAsync(TalentWatchDb db, Entity removed, string? mergedIntoSlug, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(removed);
        var row = await db.RemovedEntities.SingleOrDefaultAsync(r => r.Slug == removed.Slug, cancellationToken);
        if (row is null)
        {
            row = new RemovedEntity { Slug = removed.Slug, Name = removed.Name };
            db.RemovedEntities.Add(row);
        }
        row.Name = removed.Name;
        row.MergedIntoSlug = mergedIntoSlug;
        row.RemovedAt = now;
        await db.RemovedEntities.Where(r => r.MergedIntoSlug == removed.Slug)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.MergedIntoSlug, mergedIntoSlug), cancellationToken);
    }

    /// <summary>Where the pages of a merged-away slug now live, or null.</summary>
    public static Task<string?> MergedIntoAsync(TalentWatchDb db, string slug, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.RemovedEntities.AsNoTracking().Where(r => r.Slug == slug).Select(r => r.MergedIntoSlug).FirstOrDefaultAsync(cancellationToken);
    }
}
