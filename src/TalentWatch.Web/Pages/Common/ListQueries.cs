using Microsoft.EntityFrameworkCore;
using TalentWatch.Storage;

namespace TalentWatch.Web.Pages.Common;

/// <summary>
/// Turns filtered queries into rows. The filtering stays in each page model; this only shapes what every list
/// shows the same way (an article's chips, an event's sources), so pages agree on what an item looks like.
/// </summary>
public static class ListQueries
{
    private const int ChipsPerArticle = 6;

    public static async Task<List<ArticleRow>> ArticleRowsAsync(TalentWatchDb db, IQueryable<Article> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await query
            .Select(a => new ArticleRow(a.Id, a.Title, a.Url, a.Language, a.Source!.Name, a.SortAt, a.Relevant))
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return rows;
        }
        var ids = rows.Select(r => r.Id).ToList();
        var mentions = await db.ArticleEntities.AsNoTracking()
            .Where(m => ids.Contains(m.ArticleId))
            .OrderByDescending(m => m.InTitle).ThenByDescending(m => m.Mentions)
            .Select(m => new { m.ArticleId, Chip = new EntityChip(m.Entity!.Slug, m.Entity.Name, m.Entity.NameAr, m.Entity.Kind) })
            .ToListAsync(cancellationToken);
        var chips = mentions.GroupBy(m => m.ArticleId).ToDictionary(g => g.Key, g => g.Select(m => m.Chip).Take(ChipsPerArticle).ToList());
        return [.. rows.Select(r => r with { Chips = chips.TryGetValue(r.Id, out var list) ? list : [] })];
    }

    public static async Task<List<EventRow>> EventRowsAsync(IQueryable<TalentEvent> query, CancellationToken cancellationToken)
    {
        var events = await query
            .Include(e => e.Person).Include(e => e.From).Include(e => e.To)
            .Include(e => e.Moves).ThenInclude(m => m.Article).ThenInclude(a => a!.Source)
            .AsSplitQuery()
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return [.. events.Select(ToRow)];
    }

    private static EventRow ToRow(TalentEvent e) =>
        new(e.Id, e.Type, EntityChip.From(e.Person), EntityChip.From(e.From), EntityChip.From(e.To), e.Role, e.Date,
            e.FirstReportedAt, e.LatestReportedAt,
            [.. e.Moves.Select(m => m.Article!).DistinctBy(a => a.Id).OrderBy(a => a.SortAt)
                .Select(a => new SourceLink(a.Id, a.Title, a.Url, a.Source?.Name ?? string.Empty, a.Language, a.SortAt))]);
}
