using Microsoft.EntityFrameworkCore;
using TalentWatch.Events;
using TalentWatch.Moves;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;
using TalentWatch.Web.Hosting;
using TalentWatch.Web.Timeline;

namespace TalentWatch.Web.Api;

public static class EventsApi
{
    public sealed record EventSourceJson(long ArticleId, string Url, string Title, SourceRef Source, string Language, DateTimeOffset? PublishedAt);

    /// <param name="Review">new, confirmed, rejected or corrected: the editors' verdict (rejected ones only with relevant=all).</param>
    public sealed record EventJson(long Id, string Type, string Summary, NamedRef? Person, NamedRef? From, NamedRef? To, string? Role, string? Date,
        bool Background, string Evidence, double Confidence, DateTime FirstReportedAt, DateTime LatestReportedAt, int Reports, IReadOnlyList<EventSourceJson> Sources,
        string Review);

    public sealed record EventPage(IReadOnlyList<EventJson> Items, string? NextCursor);

    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/events", ListAsync).CacheOutput(PageCacheSetup.Policy);
        return app;
    }

    /// <summary>
    /// Newest report first. company (repeatable: any of them, as from or to), person, type, lang filter; keyset paged.
    /// Only the events the public views show (relevant=true, the default) unless relevant=all (see <see cref="EventVisibility"/>).
    /// </summary>
    private static async Task<IResult> ListAsync(TalentWatchDb db, EventVisibility visibility, string[]? company, string? person, string? type, string? lang, string? relevant, string? cursor, string? limit, CancellationToken cancellationToken)
    {
        var problems = new List<FilterProblem>();
        var take = FilterValues.Limit(limit, PageLimits.Api, problems);
        var moveType = FilterValues.Type(type, problems);
        var language = FilterValues.Language(lang, problems);
        // all: every event, also from off-topic articles, below the confidence threshold or background.
        var everyEvent = FilterValues.Relevant(relevant, problems) == ArticleRelevance.All;
        if (ApiQuery.BadRequest(problems) is { } invalid)
        {
            return invalid;
        }
        var query = everyEvent ? db.Events.AsNoTracking().Where(e => e.Moves.Any()) : visibility.Shown(db.Events.AsNoTracking());
        if (cursor is not null)
        {
            if (!KeysetCursor.TryDecode(cursor, out var after))
            {
                return ApiQuery.BadRequest($"cursor {ApiQuery.Quote(cursor)} is not one this API issued; start again without it.");
            }
            query = query.Where(e => e.LatestReportedAt <= after.SortAt && (e.LatestReportedAt < after.SortAt || (e.LatestReportedAt == after.SortAt && e.Id < after.Id)));
        }
        if (company is { Length: > 0 })
        {
            query = query.Where(e => (e.From != null && company.Contains(e.From.Slug)) || (e.To != null && company.Contains(e.To.Slug)));
        }
        if (!string.IsNullOrWhiteSpace(person))
        {
            query = query.Where(e => e.Person != null && e.Person.Slug == person);
        }
        if (moveType is { } wantedType)
        {
            query = query.Where(e => e.Type == wantedType);
        }
        if (language is not null)
        {
            query = query.Where(e => e.Moves.Any(m => m.Article!.Language == language));
        }
        var events = await query
            .OrderByDescending(e => e.LatestReportedAt).ThenByDescending(e => e.Id)
            .Take(take + 1)
            .Include(e => e.Person).Include(e => e.From).Include(e => e.To)
            .Include(e => e.Moves).ThenInclude(m => m.Article).ThenInclude(a => a!.Source)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var items = events.Take(take).Select(ToJson).ToList();
        var next = events.Count > take ? new KeysetCursor(events[take - 1].LatestReportedAt, events[take - 1].Id).Encode() : null;
        return Results.Ok(new EventPage(items, next));
    }

    private static EventJson ToJson(TalentEvent e)
    {
        var best = e.Moves.OrderByDescending(m => m.Confidence).First();
        var sources = e.Moves
            .Select(m => m.Article!)
            .DistinctBy(a => a.Id)
            .OrderBy(a => a.PublishedAt ?? a.FetchedAt)
            .Select(a => new EventSourceJson(a.Id, a.Url, a.Title, SourceRef.Of(a.SourceId, a.Source?.Name, a.Url), a.Language, a.PublishedAtWithOffset))
            .ToList();
        return new EventJson(e.Id, MoveJson.TypeName(e.Type), EventSentence.Describe(e.Type, e.Person?.Name, e.From?.Name, e.To?.Name),
            NamedRef.From(e.Person), NamedRef.From(e.From), NamedRef.From(e.To), e.Role, e.Date, e.Background, best.Evidence, Math.Round(best.Confidence, 3),
            e.FirstReportedAt, e.LatestReportedAt, sources.Count, sources, e.Review.ToString().ToLowerInvariant());
    }
}
