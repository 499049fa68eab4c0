using Microsoft.EntityFrameworkCore;
using TalentWatch.Entities;
using TalentWatch.Storage;

namespace TalentWatch.Web.Admin;

/// <summary>Folds one entity into another: its mentions, moves, events and names go to the target, then it is deleted.</summary>
public static class EntityMerge
{
    public static async Task MergeAsync(TalentWatchDb db, Entity source, Entity target, DateTime now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await MoveMentionsAsync(db, source.Id, target.Id, cancellationToken);
        await db.Moves.Where(m => m.PersonId == source.Id).ExecuteUpdateAsync(u => u.SetProperty(m => m.PersonId, target.Id), cancellationToken);
        await db.Moves.Where(m => m.FromId == source.Id).ExecuteUpdateAsync(u => u.SetProperty(m => m.FromId, target.Id), cancellationToken);
        await db.Moves.Where(m => m.ToId == source.Id).ExecuteUpdateAsync(u => u.SetProperty(m => m.ToId, target.Id), cancellationToken);
        await db.Events.Where(e => e.PersonId == source.Id).ExecuteUpdateAsync(u => u.SetProperty(e => e.PersonId, target.Id), cancellationToken);
        await db.Events.Where(e => e.FromId == source.Id).ExecuteUpdateAsync(u => u.SetProperty(e => e.FromId, target.Id), cancellationToken);
        await db.Events.Where(e => e.ToId == source.Id).ExecuteUpdateAsync(u => u.SetProperty(e => e.ToId, target.Id), cancellationToken);
        // The merged names keep matching, now as the target: that is the point of a merge.
        target.Aliases = Entity.Join(MergedAliases(source, target));
        target.EditedByAdmin = true;
        await EntityRemovals.RememberAsync(db, source, target.Slug, now, cancellationToken);
        db.Entities.Remove(source);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task MoveMentionsAsync(TalentWatchDb db, int sourceId, int targetId, CancellationToken cancellationToken)
    {
        var mentions = await db.ArticleEntities.Where(m => m.EntityId == sourceId).ToListAsync(cancellationToken);
        var articleIds = mentions.Select(m => m.ArticleId).ToList();
        var existing = await db.ArticleEntities.Where(m => m.EntityId == targetId && articleIds.Contains(m.ArticleId))
            .ToDictionaryAsync(m => m.ArticleId, cancellationToken);
        foreach (var mention in mentions)
        {
            if (existing.TryGetValue(mention.ArticleId, out var kept))
            {
                kept.Mentions += mention.Mentions;
                kept.FirstOffset = Math.Min(kept.FirstOffset, mention.FirstOffset);
                kept.InTitle |= mention.InTitle;
            }
            else
            {
                // The key includes EntityId, so the row is replaced rather than edited.
                db.ArticleEntities.Add(new ArticleEntity
                {
                    ArticleId = mention.ArticleId,
                    EntityId = targetId,
                    Mentions = mention.Mentions,
                    FirstOffset = mention.FirstOffset,
                    InTitle = mention.InTitle,
                });
            }
            db.ArticleEntities.Remove(mention);
        }
    }

    private static List<string> MergedAliases(Entity source, Entity target)
    {
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { target.Name };
        if (target.NameAr is { } ar)
        {
            taken.Add(ar);
        }
        var aliases = target.AliasList.Where(taken.Add).ToList();
        string?[] incoming = [source.Name, source.NameAr, .. source.AliasList];
        aliases.AddRange(incoming.OfType<string>().Where(a => a.Length > 0 && taken.Add(a)));
        return aliases;
    }
}
