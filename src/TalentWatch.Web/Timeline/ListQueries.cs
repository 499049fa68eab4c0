using Microsoft.EntityFrameworkCore;
using TalentWatch.Storage;

namespace TalentWatch.Web.Timeline;

/// <summary>
/// Turns filtered queries into rows. The filtering stays in each page model; this only shapes what every list
/// shows the same way (an article's chips, an event's sources), so pages agree on what an item looks like.
/// </summary>
public static class ListQueries
{
    private const int ChipsPerArticle = 6;

    /// <summary>Enough text for a ~300-character summary after whitespace is collapsed.</summary>
    public const int LeadLength = 600;

    /// <summary>The rows of the query's articles with their chips; <paramref name="withLead"/> adds byline and lead.</summary>
    public static async Task<List<ArticleRow>> ArticleRowsAsync(TalentWatchDb db, IQueryable<Article> query, CancellationToken cancellationToken, bool withLead = false)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        var rows = await query
            .Select(a => new ArticleRow(a.Id, a.Title, a.Url, a.Language, SourceLabel.Of(a.Source != null ? a.Source.Name : null, a.Url), a.SortAt, a.Relevant)
            {
                Author = withLead ? a.Author : null,
                Lead = withLead ? a.Text.Substring(0, LeadLength) : null,
            })
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

    public static async Task<List<EventRow>> EventRowsAsync(TalentWatchDb db, IQueryable<TalentEvent> query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Names only: a catalog entity's aliases and context words are most of its row, and each event names three.
        var events = await query
            .Select(e => new
            {
                e.Id,
                e.Type,
                Person = e.Person == null ? null : new EntityChip(e.Person.Slug, e.Person.Name, e.Person.NameAr, e.Person.Kind),
                From = e.From == null ? null : new EntityChip(e.From.Slug, e.From.Name, e.From.NameAr, e.From.Kind),
                To = e.To == null ? null : new EntityChip(e.To.Slug, e.To.Name, e.To.NameAr, e.To.Kind),
                e.Role,
                e.Date,
                e.FirstReportedAt,
                e.LatestReportedAt,
                e.Review,
            })
            .ToListAsync(cancellationToken);
        // The reporting articles by projection: loading whole articles (their text) for hundreds of events costs more
        // than everything else on a company page.
        var ids = events.Select(e => e.Id).ToList();
        var sources = (await db.Moves.AsNoTracking()
            .Where(m => m.EventId != null && ids.Contains(m.EventId.Value))
            .Select(m => new { EventId = m.EventId!.Value, MoveId = m.Id, m.Evidence, m.Article!.Id, m.Article.Title, m.Article.Url, Source = m.Article.Source != null ? m.Article.Source.Name : null, m.Article.Language, m.Article.SortAt })
            .ToListAsync(cancellationToken))
            .ToLookup(s => s.EventId);
        return [.. events.Select(e => new EventRow(e.Id, e.Type, e.Person, e.From, e.To, e.Role, e.Date, e.FirstReportedAt, e.LatestReportedAt,
            [.. sources[e.Id].DistinctBy(a => a.Id).OrderBy(a => a.SortAt)
                .Select(a => new SourceLink(a.Id, a.Title, a.Url, SourceLabel.Of(a.Source, a.Url), a.Language, a.SortAt))])
        {
            Evidence = sources[e.Id].OrderBy(m => m.SortAt).ThenBy(m => m.MoveId).Select(m => m.Evidence).FirstOrDefault(),
            Review = e.Review,
        })];
    }
}
