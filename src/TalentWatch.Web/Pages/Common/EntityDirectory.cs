using Microsoft.EntityFrameworkCore;
using TalentWatch.Entities;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;
using TalentWatch.Web.Timeline;

namespace TalentWatch.Web.Pages.Common;

/// <summary>The companies and people directories: entities of one kind with their article counts, searchable.</summary>
public static class EntityDirectory
{
    public const int MaxShown = 300;

    public sealed record Row(string Slug, string Name, string? NameAr, bool Confirmed, int Articles)
    {
        public EntityChip Chip(EntityKind kind) => new(Slug, Name, NameAr, kind);
    }

    /// <summary>
    /// Matching happens in memory on normalised names and aliases, so أوبن and اوبن find the same entry; the
    /// table is the catalog plus discovered names, small enough for that.
    /// </summary>
    public static async Task<(IReadOnlyList<Row> Rows, int Total)> LoadAsync(TalentWatchDb db, EntityKind kind, string? q, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var all = await db.Entities.AsNoTracking()
            .Where(e => e.Kind == kind)
            .Select(e => new { e.Slug, e.Name, e.NameAr, e.Aliases, e.Confirmed, Articles = e.ArticleCount })
            .ToListAsync(cancellationToken);
        var needle = string.IsNullOrWhiteSpace(q) ? null : TextNormalizer.NormalizeName(q);
        var matching = all
            .Where(e => needle is null || needle.Length == 0
                || Entity.Names(e.Slug, e.Name, e.NameAr, e.Aliases).Any(n => TextNormalizer.NormalizeName(n).Contains(needle, StringComparison.Ordinal)))
            .OrderByDescending(e => e.Articles).ThenBy(e => e.Name, StringComparer.OrdinalIgnoreCase)
            .Select(e => new Row(e.Slug, e.Name, e.NameAr, e.Confirmed, e.Articles))
            .ToList();
        return (matching.Take(MaxShown).ToList(), matching.Count);
    }
}
