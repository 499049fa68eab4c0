using Microsoft.EntityFrameworkCore;
using TalentWatch.Entities;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;

namespace TalentWatch.Web.Timeline;

/// <summary>
/// A company or person filter as people type it: "Tesla", "tesla", "تسلا" or an alias ("Google DeepMind" for
/// deepmind) finds the same entity as its slug. Only values that are not slugs come here, so links and feeds that use
/// slugs cost one indexed lookup as before.
/// </summary>
public static class EntityNames
{
    /// <summary>Adds to <paramref name="ids"/> each value that is the name, Arabic name or alias of an entity of this kind (case and Arabic letter forms folded).</summary>
    public static async Task ResolveAsync(TalentWatchDb db, IReadOnlyList<string> values, EntityKind kind, Dictionary<string, int> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(ids);
        var wanted = values.ToDictionary(v => v, Fold, StringComparer.Ordinal);
        if (wanted.Values.All(string.IsNullOrEmpty))
        {
            return;
        }

        // The catalog and what discovery added: names are short and the rows few next to the articles. Each name is
        // folded once; the most mentioned entity wins when two share a name or an alias (the first of equals).
        var entities = await db.Entities.AsNoTracking()
            .Where(e => e.Kind == kind)
            .Select(e => new { e.Id, e.Slug, e.Name, e.NameAr, e.Aliases, e.ArticleCount })
            .ToListAsync(cancellationToken);
        var byName = new Dictionary<string, (int Id, int Articles)>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            foreach (var name in Entity.Names(e.Slug, e.Name, e.NameAr, e.Aliases).Select(Fold).Where(n => n.Length > 0))
            {
                if (!byName.TryGetValue(name, out var best) || e.ArticleCount > best.Articles)
                {
                    byName[name] = (e.Id, e.ArticleCount);
                }
            }
        }

        foreach (var (value, folded) in wanted)
        {
            if (byName.TryGetValue(folded, out var match))
            {
                ids[value] = match.Id;
            }
        }
    }

    private static string Fold(string text) => TextNormalizer.NormalizeName(text.Replace('-', ' '));
}
