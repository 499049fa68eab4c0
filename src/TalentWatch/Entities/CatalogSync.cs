using Microsoft.EntityFrameworkCore;
using TalentWatch.Storage;

namespace TalentWatch.Entities;

/// <summary>
/// Seeds the shipped catalog into the database at start-up; entries an admin edited are left as they are, and entries an
/// admin rejected or merged away stay away.
/// </summary>
public static class CatalogSync
{
    public static async Task<int> SyncAsync(TalentWatchDb db, IReadOnlyList<CatalogEntry> catalog, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(catalog);
        var existing = await db.Entities.ToDictionaryAsync(e => e.Slug, StringComparer.Ordinal, cancellationToken);
        var removed = await db.RemovedEntities.Select(r => r.Slug).ToHashSetAsync(StringComparer.Ordinal, cancellationToken);
        var changed = 0;
        foreach (var entry in catalog.Where(e => !removed.Contains(e.Slug)))
        {
            if (!existing.TryGetValue(entry.Slug, out var entity))
            {
                entity = new Entity { Slug = entry.Slug, Kind = entry.Kind, Name = entry.Name, CreatedAt = now };
                db.Entities.Add(entity);
                existing[entry.Slug] = entity;
            }
            else if (entity.EditedByAdmin)
            {
                continue;
            }
            changed += Apply(entity, entry) ? 1 : 0;
        }
        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }

    private static bool Apply(Entity entity, CatalogEntry entry)
    {
        var before = (entity.Kind, entity.Name, entity.NameAr, entity.Aliases, entity.ParentSlug, entity.AmbiguousAliases, entity.Context, entity.Confirmed);
        entity.Kind = entry.Kind;
        entity.Name = entry.Name;
        entity.NameAr = entry.NameAr;
        entity.Aliases = Entity.Join(entry.Aliases);
        entity.ParentSlug = entry.Parent;
        entity.AmbiguousAliases = Entity.Join(entry.AmbiguousAliases);
        entity.Context = Entity.Join(entry.Context);
        entity.Confirmed = true;
        return before != (entity.Kind, entity.Name, entity.NameAr, entity.Aliases, entity.ParentSlug, entity.AmbiguousAliases, entity.Context, entity.Confirmed);
    }
}
