using Microsoft.EntityFrameworkCore;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;
using TalentWatch.Web.Timeline;

namespace TalentWatch.Web.Admin;

/// <summary>
/// An entity an editor typed into a form: its slug, its name or an alias in either script ("Anthropic", "أنثروبيك"),
/// as the public filters read them; or the "Name (slug)" the picker's suggestions fill in.
/// </summary>
public static class EntityPick
{
    public static async Task<int?> ResolveAsync(TalentWatchDb db, string? text, EntityKind kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }
        // "Name (slug)" from the suggestions: the slug in the brackets decides.
        if (value.EndsWith(')') && value.LastIndexOf('(') is var open and > 0)
        {
            value = value[(open + 1)..^1].Trim();
        }
        var bySlug = await db.Entities.AsNoTracking().Where(e => e.Slug == value && e.Kind == kind).Select(e => (int?)e.Id).SingleOrDefaultAsync(cancellationToken);
        if (bySlug is not null)
        {
            return bySlug;
        }
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        await EntityNames.ResolveAsync(db, [value], kind, ids, cancellationToken);
        return ids.TryGetValue(value, out var id) ? id : null;
    }

    /// <summary>What the picker shows for an entity: its name and, in brackets, the slug that makes it unambiguous.</summary>
    public static string Label(EntityChip? entity) => entity is null ? "" : $"{entity.Name} ({entity.Slug})";
}
