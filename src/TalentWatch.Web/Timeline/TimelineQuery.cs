using Microsoft.EntityFrameworkCore;
using TalentWatch.Events;
using TalentWatch.Search;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;
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
    /// <param name="Unknown">The company and person values that name no entity (so match nothing), for the page and the feed to name.</param>
    public sealed record Page(IReadOnlyList<TimelineItem> Items, string? NextCursor)
    {
        public IReadOnlyList<FilterProblem> Unknown { get; init; } = [];
    }

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
        var events = NewestEvents(Events(db, filter, named, visibility, matching, since, before), named, after, take + 1);
        if (filter.EventsOnly)
        {
            var rows = await ListQueries.EventRowsAsync(db, events, cancellationToken);
            return Paged([.. rows.Select(e => new TimelineItem(e.LatestReportedAt, e, null))], rows.Select(e => new ItemKey(e.LatestReportedAt, e.Id * 2 + 1)), take) with { Unknown = named.Unknown };
        }

        // The page's keys first, then the rows of only those items: the merge reads a page's length of each kind, and about
        // half of those would otherwise be loaded with their chips, sources and leads only to be dropped.
        var eventKeys = await events.Select(e => new ItemKey(e.LatestReportedAt, e.Id * 2 + 1)).ToListAsync(cancellationToken);
        var articleKeys = await NewestArticles(db, filter, named, matching, since, before, after, take + 1).ToListAsync(cancellationToken);
        var keys = eventKeys.Concat(articleKeys).OrderByDescending(k => k.At).ThenByDescending(k => k.Key).Take(take + 1).ToList();
        var shown = keys.Take(take).ToList();
        var eventIds = shown.Where(k => k.IsEvent).Select(k => k.Id).ToList();
        var articleIds = shown.Where(k => !k.IsEvent).Select(k => k.Id).ToList();
        var eventRows = eventIds.Count == 0 ? [] : (await ListQueries.EventRowsAsync(db,
            db.Events.AsNoTracking().Where(e => eventIds.Contains(e.Id)), cancellationToken)).ToDictionary(e => e.Id);
        var articleRows = articleIds.Count == 0 ? [] : (await ListQueries.ArticleRowsAsync(db,
            db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id)), cancellationToken, withLeads)).ToDictionary(a => a.Id);
        // An item deleted between the two reads is left out rather than failing the page.
        var items = shown.Select(k => k.IsEvent
                ? eventRows.TryGetValue(k.Id, out var e) ? new TimelineItem(k.At, e, null) : null
                : articleRows.TryGetValue(k.Id, out var a) ? new TimelineItem(k.At, null, a) : null)
            .OfType<TimelineItem>().ToList();
        return Paged(items, keys, take) with { Unknown = named.Unknown };
    }

    /// <summary>A position in the merged order: key is 2·id for an article and 2·id+1 for an event.</summary>
    private sealed record ItemKey(DateTime At, long Key)
    {
        public bool IsEvent => Key % 2 == 1;
        public long Id => Key / 2;
    }

    /// <summary>The page and the cursor after it, from up to one more key than the page shows.</summary>
    private static Page Paged(List<TimelineItem> items, IEnumerable<ItemKey> keys, int take)
    {
        var read = keys.ToList();
        var next = read.Count > take ? new KeysetCursor(read[take - 1].At, read[take - 1].Key).Encode() : null;
        return new Page([.. items.Take(take)], next);
    }

    /// <summary>The ids of the filter's companies and person (an unknown slug has none, so it matches nothing).</summary>
    private sealed record Named(List<int> Companies, int? Person)
    {
        public IReadOnlyList<FilterProblem> Unknown { get; init; } = [];
    }

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
        var ids = await db.Entities.Where(e => slugs.Contains(e.Slug)).Select(e => new { e.Slug, e.Id }).ToDictionaryAsync(e => e.Slug, e => e.Id, cancellationToken);
        if (filter.Companies.Where(c => !ids.ContainsKey(c)).ToList() is { Count: > 0 } companyNames)
        {
            await EntityNames.ResolveAsync(db, companyNames, EntityKind.Org, ids, cancellationToken);
        }
        if (filter.Person is { } personName && !ids.ContainsKey(personName))
        {
            await EntityNames.ResolveAsync(db, [personName], EntityKind.Person, ids, cancellationToken);
        }
        var unknown = filter.Companies.Where(c => !ids.ContainsKey(c)).Select(c => new FilterProblem(FilterProblemKind.UnknownCompany, c, "company"))
            .Concat(filter.Person is { } name && !ids.ContainsKey(name) ? [new FilterProblem(FilterProblemKind.UnknownPerson, name, "person")] : [])
            .ToList();
        return new Named(
            [.. filter.Companies.Where(ids.ContainsKey).Select(slug => ids[slug])],
            filter.Person is { } person ? ids.GetValueOrDefault(person, -1) : null)
        { Unknown = unknown };
    }

    private static IQueryable<TalentEvent> Events(TalentWatchDb db, TimelineFilter filter, Named named, EventVisibility visibility, IQueryable<long>? matching, DateTime? since, DateTime? before)
    {
        // Shown events have a report by definition; with relevant=all, any event that still has one.
        var query = filter.IncludeIrrelevant ? db.Events.AsNoTracking().Where(e => e.Moves.Any()) : visibility.Shown(db.Events.AsNoTracking());
        if (filter.Companies.Count > 0 && named.Companies.Count != 1)
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
    /// The newest events after the cursor. One company's events are read as two index-ordered runs, those it lost
    /// someone from and those it gained someone from, merged: a company in 800 events had all of them read and sorted
    /// for every page and feed when both sides were one condition.
    /// </summary>
    private static IQueryable<TalentEvent> NewestEvents(IQueryable<TalentEvent> events, Named named, KeysetCursor? after, int take)
    {
        if (named.Companies is not [var company])
        {
            return Newest(events, after).Take(take);
        }
        var from = Newest(events.Where(e => e.FromId == company), after).Take(take);
        var to = Newest(events.Where(e => e.ToId == company && e.FromId != company), after).Take(take);
        return from.Concat(to).OrderByDescending(e => e.LatestReportedAt).ThenByDescending(e => e.Id).Take(take);
    }

    private static IOrderedQueryable<TalentEvent> Newest(IQueryable<TalentEvent> events, KeysetCursor? after)
    {
        if (after is { } cursor)
        {
            // Each keyset condition repeats "at or before the cursor" on its own: PostgreSQL starts the index range there
            // only then (from the OR alone it read every newer row: 62,000 of them 1,000 pages deep).
            events = events.Where(e => e.LatestReportedAt <= cursor.SortAt && (e.LatestReportedAt < cursor.SortAt || (e.LatestReportedAt == cursor.SortAt && e.Id * 2 + 1 < cursor.Id)));
        }
        return events.OrderByDescending(e => e.LatestReportedAt).ThenByDescending(e => e.Id);
    }

    /// <summary>
    /// The keys of the filter's newest articles after the cursor. With one entity named (a person's or a company's timeline and
    /// feed), its mentions are read newest first from their own index and only those are checked against the rest of
    /// the filter; otherwise the articles are read newest first and each checked. A person named in 0.3% of a million
    /// articles cost a walk through 15,000 of them the second way.
    /// </summary>
    private static IQueryable<ItemKey> NewestArticles(TalentWatchDb db, TimelineFilter filter, Named named, IQueryable<long>? matching, DateTime? since, DateTime? before, KeysetCursor? after, int take)
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
            return articles.OrderByDescending(a => a.SortAt).ThenByDescending(a => a.Id).Take(take).Select(a => new ItemKey(a.SortAt, a.Id * 2));
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
        return mentions.OrderByDescending(m => m.ArticleSortAt).ThenByDescending(m => m.ArticleId).Take(take).Select(m => new ItemKey(m.ArticleSortAt, m.ArticleId * 2));
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
