using Microsoft.EntityFrameworkCore;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;

namespace TalentWatch.Web.Pages.Common;

/// <summary>How many articles name each organisation, for the timeline's company picker (the counts are maintained).</summary>
public static class OrgMentionCounts
{
    public sealed record Count(string Slug, string Name, string? NameAr, int Articles);

    public static async Task<IReadOnlyList<Count>> GetAsync(TalentWatchDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Entities.AsNoTracking()
            .Where(e => e.Kind == EntityKind.Org && e.ArticleCount > 0)
            .OrderByDescending(e => e.ArticleCount).ThenBy(e => e.Name)
            .Select(e => new Count(e.Slug, e.Name, e.NameAr, e.ArticleCount))
            .ToListAsync(cancellationToken);
    }
}
