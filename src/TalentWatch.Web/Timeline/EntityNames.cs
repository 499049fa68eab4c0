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

        // The catalog and what discovery added: names are short and the rows few next to the articles.
        var entities = await db.Entities.AsNoTracking()
            .Where(e => e.Kind == kind)
            .Select(e => new { e.Id, e.Slug, e.Name, e.NameAr, e.Aliases, e.ArticleCount })
            .ToListAsync(cancellationToken);
        foreach (var (value, folded) in wanted)
        {
            if (folded.Length == 0)
            {
                continue;
            }

            // The most mentioned entity wins when two share a name or an alias.
            var match = entities
                .Where(e => Fold(e.Slug) == folded || Fold(e.Name) == folded || (e.NameAr is { } ar && Fold(ar) == folded)
                    || e.Aliases.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Any(alias => Fold(alias) == folded))
                .OrderByDescending(e => e.ArticleCount)
                .FirstOrDefault();
            if (match is not null)
            {
                ids[value] = match.Id;
            }
        }
    }

    private static string Fold(string text) => TextNormalizer.NormalizeName(text.Replace('-', ' '));
}
