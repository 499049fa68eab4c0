using Microsoft.EntityFrameworkCore;
using TalentWatch.Entities.Discovery;
using TalentWatch.Storage;

namespace TalentWatch.Entities;

/// <summary>
/// Tags an article: catalog entities through the shared matcher, then names the catalog lacks through discovery,
/// stored as unconfirmed entities with the sentence that produced them. Replaces any tags the article had.
/// </summary>
public sealed class EntityTagger(EntityIndex index, TimeProvider time)
{
    /// <summary>
    /// Every mention with its span (catalog and discovered names), the entity behind each slug, and the units named
    /// (unit slug to parent slug), whose parents are tagged too: an article about Meta Superintelligence Labs is about Meta.
    /// </summary>
    public sealed record Tagging(IReadOnlyList<EntityMention> Mentions, IReadOnlyDictionary<string, EntityHandle> Entities, IReadOnlyDictionary<string, string> UnitParents);

    /// <summary>A stored entity (Id) or one created by this tagging and not saved yet (Pending).</summary>
    public readonly record struct EntityHandle(int Id, Entity? Pending);

    public async Task<Tagging> TagAsync(TalentWatchDb db, Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(article);
        var snapshot = await index.GetAsync(cancellationToken);
        var mentions = snapshot.Matcher.Match(article.Title, article.Text);
        var handles = new Dictionary<string, EntityHandle>(StringComparer.Ordinal);
        article.Entities.Clear();
        foreach (var count in EntityMatcher.Summarize(mentions))
        {
            if (snapshot.IdsBySlug.TryGetValue(count.Slug, out var id))
            {
                handles[count.Slug] = new EntityHandle(id, null);
                article.Entities.Add(new ArticleEntity { EntityId = id, Mentions = count.Count, FirstOffset = count.FirstOffset, InTitle = count.InTitle });
            }
        }
        var unitParents = TagParentsOfUnits(article, mentions, snapshot, handles);
        var discoveredEntries = new List<CatalogEntry>();
        var discovered = EntityDiscovery.Discover(article.Title, article.Text, article.Language, mentions)
            .Where(found => !snapshot.RemovedSlugs.Contains(Slugs.From(found.Name)));
        foreach (var found in discovered)
        {
            var entity = await FindOrCreateAsync(db, found, article, cancellationToken);
            if (handles.ContainsKey(entity.Slug))
            {
                continue;
            }
            handles[entity.Slug] = new EntityHandle(entity.Id, entity.Id == 0 ? entity : null);
            discoveredEntries.Add(new CatalogEntry(entity.Slug, found.Kind, found.Name, found.NameAr, found.Aliases));
            article.Entities.Add(new ArticleEntity { Entity = entity, EntityId = entity.Id, Mentions = found.Count, FirstOffset = found.FirstOffset, InTitle = found.InTitle });
        }
        if (handles.Values.Any(h => h.Pending is not null))
        {
            // New names become matchable in later articles once saved.
            index.Invalidate();
        }
        return new Tagging([.. mentions, .. Analysis.TextAnalysis.DiscoveredSpans(article.Title, article.Text, discoveredEntries, mentions)], handles, unitParents);
    }

    private static Dictionary<string, string> TagParentsOfUnits(Article article, IReadOnlyList<EntityMention> mentions, EntityIndex.Snapshot snapshot, Dictionary<string, EntityHandle> handles)
    {
        var unitParents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var unit in EntityMatcher.Summarize(mentions))
        {
            if (!EntityCatalog.ShippedUnitParents.TryGetValue(unit.Slug, out var parent) || !snapshot.IdsBySlug.TryGetValue(parent, out var parentId))
            {
                continue;
            }
            unitParents[unit.Slug] = parent;
            if (handles.TryAdd(parent, new EntityHandle(parentId, null)))
            {
                article.Entities.Add(new ArticleEntity { EntityId = parentId, Mentions = unit.Count, FirstOffset = unit.FirstOffset, InTitle = unit.InTitle });
            }
        }
        return unitParents;
    }

    private async Task<Entity> FindOrCreateAsync(TalentWatchDb db, DiscoveredEntity found, Article article, CancellationToken cancellationToken)
    {
        var slug = Slugs.From(found.Name);
        var pending = db.ChangeTracker.Entries<Entity>().Select(e => e.Entity).FirstOrDefault(e => e.Slug == slug);
        var existing = pending ?? await db.Entities.SingleOrDefaultAsync(e => e.Slug == slug, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }
        var entity = new Entity
        {
            Slug = slug,
            Kind = found.Kind,
            Name = found.Name,
            NameAr = found.NameAr,
            Aliases = Entity.Join(found.Aliases.Where(a => a != found.Name).Distinct(StringComparer.Ordinal)),
            Confirmed = false,
            DiscoveredSentence = found.Sentence,
            DiscoveredInArticleUrl = article.Url,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        db.Entities.Add(entity);
        return entity;
    }
}
