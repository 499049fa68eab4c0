using Microsoft.EntityFrameworkCore;
using TalentWatch.Events;
using TalentWatch.Search;
using TalentWatch.Storage;
using TalentWatch.Web.Api;
using TalentWatch.Web.Pages.Common;

namespace TalentWatch.Web.Timeline;

/// <summary>
/// Events and articles merged newest first, keyset paged. Both kinds share one order: (time, key) descending,
/// where key is 2·id for articles and 2·id+1 for events, so an <see cref="KeysetCursor"/> (time, key) marks a
/// position in the merged list and each kind can be read from its own index after it.
/// </summary>
public static class TimelineQuery
{
    public sealed record Page(IReadOnlyList<TimelineItem> Items, string? NextCursor);

    /// <param name="withLeads">Articles with byline and lead (feeds show them; pages do not).</param>
    public static async Task<Page> LoadAsync(TalentWatchDb db, TimelineFilter filter, KeysetCursor? after, ReaderClock clock, EventVisibility visibility, CancellationToken cancellationToken, bool withLeads = false)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(visibility);
        var take = filter.Limit;
        var since = filter.Since is { } s ? clock.StartUtc(s) : (DateTime?)null;
        var before = filter.Until is { } u ? clock.StartUtc(u.AddDays(1)) : (DateTime?)null;

        var matching = Matching(db, filter);
        var named = await NamedAsync(db, filter, cancellationToken);
        var events = Events(db, filter, named, visibility, matching, since, before);
        if (after is { } cursor)
        {
            // Each keyset condition repeats "at or before the cursor" on its own: PostgreSQL starts the index range there
            // only then (from the OR alone it read every newer row: 62,000 of them 1,000 pages deep).
            events = events.Where(e => e.LatestReportedAt <= cursor.SortAt && (e.LatestReportedAt < cursor.SortAt || (e.LatestReportedAt == cursor.SortAt && e.Id * 2 + 1 < cursor.Id)));
        }
        var eventRows = await ListQueries.EventRowsAsync(db,
            events.OrderByDescending(e => e.LatestReportedAt).ThenByDescending(e => e.Id).Take(take + 1), cancellationToken);
        var articleRows = filter.EventsOnly ? [] : await ListQueries.ArticleRowsAsync(db,
            NewestArticles(db, filter, named, matching, since, before, after, take + 1), cancellationToken, withLeads);

        var merged = eventRows.Select(e => (Item: new TimelineItem(e.LatestReportedAt, e, null), Key: e.Id * 2 + 1))
            .Concat(articleRows.Select(a => (Item: new TimelineItem(a.SortAt, null, a), Key: a.Id * 2)))
            .OrderByDescending(x => x.Item.At).ThenByDescending(x => x.Key)
            .ToList();
        var page = merged.Take(take).ToList();
        var next = merged.Count > take ? new KeysetCursor(page[^1].Item.At, page[^1].Key).Encode() : null;
        return new Page([.. page.Select(x => x.Item)], next);
    }

    /// <summary>The ids of the filter's companies and person (an unknown slug has none, so it matches nothing).</summary>
    private sealed record Named(List<int> Companies, int? Person);

    /// <summary>
    /// Slugs become ids first, so each candidate row is checked on its own keys (the mention key, the event's columns)
    /// instead of joining the entity table to compare slugs row by row: a person's feed read 9,000 articles that way.
    /// </summary>
    private static async Task<Named> NamedAsync(TalentWatchDb db, TimelineFilter filter, CancellationToken cancellationToken)
    {
        if (filter.Companies.Count == 0 && filter.Person is null)
        {
            return new Named([], null);
        }
        var slugs = filter.Companies.Append(filter.Person).OfType<string>().ToList();
        var ids = await db.Entities.AsNoTracking().Where(e => slugs.Contains(e.Slug)).ToDictionaryAsync(e => e.Slug, e => e.Id, cancellationToken);
        return new Named(
            [.. filter.Companies.Where(ids.ContainsKey).Select(slug => ids[slug])],
            filter.Person is { } person ? ids.GetValueOrDefault(person, -1) : null);
    }

    private static IQueryable<TalentEvent> Events(TalentWatchDb db, TimelineFilter filter, Named named, EventVisibility visibility, IQueryable<long>? matching, DateTime? since, DateTime? before)
    {
        // Shown events have a report by definition; with relevant=all, any event that still has one.
        var query = filter.IncludeIrrelevant ? db.Events.AsNoTracking().Where(e => e.Moves.Any()) : visibility.Shown(db.Events.AsNoTracking());
        if (filter.Companies.Count > 0)
        {
            var companies = named.Companies;
            query = query.Where(e => (e.FromId != null && companies.Contains(e.FromId.Value)) || (e.ToId != null && companies.Contains(e.ToId.Value)));
        }
        if (named.Person is { } person)
        {
            query = query.Where(e => e.PersonId == person);
        }
        if (matching is not null)
        {
            query = query.Where(e => e.Moves.Any(m => matching.Contains(m.ArticleId)));
        }
        if (filter.Type is { } type)
        {
            query = query.Where(e => e.Type == type);
        }
        if (filter.Language is { } language)
        {
            query = query.Where(e => e.Moves.Any(m => m.Article!.Language == language));
        }
        if (since is { } from)
        {
            query = query.Where(e => e.LatestReportedAt >= from);
        }
        if (before is { } to)
        {
            query = query.Where(e => e.LatestReportedAt < to);
        }
        return query;
    }

    /// <summary>
    /// The filter's newest articles after the cursor. With one entity named (a person's or a company's timeline and
    /// feed), its mentions are read newest first from their own index and only those are checked against the rest of
    /// the filter; otherwise the articles are read newest first and each checked. A person named in 0.3% of a million
    /// articles cost a walk through 15,000 of them the second way.
    /// </summary>
    private static IQueryable<Article> NewestArticles(TalentWatchDb db, TimelineFilter filter, Named named, IQueryable<long>? matching, DateTime? since, DateTime? before, KeysetCursor? after, int take)
    {
        var companies = filter.Companies.Count > 0 ? named.Companies : null;
        var anchor = named.Person ?? (companies is [var only] ? only : null);
        if (anchor is not { } entityId)
        {
            var articles = Articles(db, filter.IncludeIrrelevant, companies, named.Person, filter, matching);
            if (since is { } from)
            {
                articles = articles.Where(a => a.SortAt >= from);
            }
            if (before is { } to)
            {
                articles = articles.Where(a => a.SortAt < to);
            }
            if (after is { } cursor)
            {
                articles = articles.Where(a => a.SortAt <= cursor.SortAt && (a.SortAt < cursor.SortAt || (a.SortAt == cursor.SortAt && a.Id * 2 < cursor.Id)));
            }
            return articles.OrderByDescending(a => a.SortAt).ThenByDescending(a => a.Id).Take(take);
        }

        var mentions = db.ArticleEntities.AsNoTracking().Where(m => m.EntityId == entityId);
        if (!filter.IncludeIrrelevant)
        {
            mentions = mentions.Where(m => m.ArticleRelevant);
        }
        if (since is { } start)
        {
            mentions = mentions.Where(m => m.ArticleSortAt >= start);
        }
        if (before is { } end)
        {
            mentions = mentions.Where(m => m.ArticleSortAt < end);
        }
        if (after is { } position)
        {
            mentions = mentions.Where(m => m.ArticleSortAt <= position.SortAt && (m.ArticleSortAt < position.SortAt || (m.ArticleSortAt == position.SortAt && m.ArticleId * 2 < position.Id)));
        }
        var otherCompanies = named.Person is null ? null : companies;
        if (otherCompanies is not null || matching is not null || filter.Type is not null || filter.Language is not null)
        {
            var rest = Articles(db, includeIrrelevant: true, otherCompanies, person: null, filter, matching);
            mentions = mentions.Where(m => rest.Any(a => a.Id == m.ArticleId));
        }
        return mentions.OrderByDescending(m => m.ArticleSortAt).ThenByDescending(m => m.ArticleId).Take(take).Select(m => m.Article!);
    }

    /// <summary>Articles matching the filter's conditions other than time (null companies: no company condition).</summary>
    private static IQueryable<Article> Articles(TalentWatchDb db, bool includeIrrelevant, List<int>? companies, int? person, TimelineFilter filter, IQueryable<long>? matching)
    {
        var query = db.Articles.AsNoTracking();
        if (!includeIrrelevant)
        {
            query = query.Where(a => a.Relevant);
        }
        if (companies is not null)
        {
            query = query.Where(a => a.Entities.Any(m => companies.Contains(m.EntityId)));
        }
        if (person is { } personId)
        {
            query = query.Where(a => a.Entities.Any(m => m.EntityId == personId));
        }
        if (matching is not null)
        {
            query = query.Where(a => matching.Contains(a.Id));
        }
        if (filter.Type is { } type)
        {
            query = query.Where(a => a.Moves.Any(m => m.Type == type));
        }
        if (filter.Language is { } language)
        {
            query = query.Where(a => a.Language == language);
        }
        return query;
    }

    /// <summary>The ids of the articles the search words match, as a subquery; null without a search.</summary>
    private static IQueryable<long>? Matching(TalentWatchDb db, TimelineFilter filter) =>
        filter.Search is null ? null : ArticleSearch.Matching(db, filter.Search);
}
