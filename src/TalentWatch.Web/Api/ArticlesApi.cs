using Microsoft.EntityFrameworkCore;
using TalentWatch.Storage;
using TalentWatch.Web.Hosting;
using TalentWatch.Web.Timeline;

namespace TalentWatch.Web.Api;

public static class ArticlesApi
{

    public static IEndpointRouteBuilder MapArticlesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/articles").CacheOutput(PageCacheSetup.Policy);
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:long}", GetAsync);
        return app;
    }

    /// <summary>Newest first, keyset paged. Filters: language, source (id), relevant (true, false or all, the default).</summary>
    private static async Task<IResult> ListAsync(TalentWatchDb db, string? limit, string? cursor, string? language, string? source, string? relevant, CancellationToken cancellationToken)
    {
        if (!ApiQuery.TryWhole(source, "source", out var sourceFilter, out var problem))
        {
            return problem;
        }
        var problems = new List<FilterProblem>();
        var take = FilterValues.Limit(limit, PageLimits.Api, problems);
        var languageFilter = FilterValues.Language(language, problems, "language");
        var relevance = FilterValues.Relevant(relevant, problems, offTopicAllowed: true) ?? ArticleRelevance.All;
        if (ApiQuery.BadRequest(problems) is { } invalid)
        {
            return invalid;
        }
        var query = db.Articles.AsNoTracking();
        if (cursor is not null)
        {
            if (!KeysetCursor.TryDecode(cursor, out var after))
            {
                return ApiQuery.BadRequest($"cursor {ApiQuery.Quote(cursor)} is not one this API issued; start again without it.");
            }
            query = query.Where(a => a.SortAt <= after.SortAt && (a.SortAt < after.SortAt || (a.SortAt == after.SortAt && a.Id < after.Id)));
        }
        if (languageFilter is not null)
        {
            query = query.Where(a => a.Language == languageFilter);
        }
        if (sourceFilter is { } sourceId)
        {
            query = query.Where(a => a.SourceId == sourceId);
        }
        if (relevance != ArticleRelevance.All)
        {
            var wanted = relevance == ArticleRelevance.OnTopic;
            query = query.Where(a => a.Relevant == wanted);
        }
        var rows = await query
            .OrderByDescending(a => a.SortAt).ThenByDescending(a => a.Id)
            .Take(take + 1)
            .Select(a => new { a.Id, a.Url, a.Title, a.Language, a.PublishedAt, a.PublishedOffsetMinutes, a.SortAt, a.SourceId, SourceName = a.Source != null ? a.Source.Name : null, a.Relevant })
            .ToListAsync(cancellationToken);
        var items = rows.Take(take)
            .Select(r => new ArticleListItem(r.Id, r.Url, r.Title, r.Language, WithOffset(r.PublishedAt, r.PublishedOffsetMinutes), SourceRef.Of(r.SourceId, r.SourceName, r.Url), r.Relevant))
            .ToList();
        var next = rows.Count > take ? new KeysetCursor(rows[take - 1].SortAt, rows[take - 1].Id).Encode() : null;
        return Results.Ok(new ArticleListPage(items, next));
    }

    private static async Task<IResult> GetAsync(TalentWatchDb db, long id, CancellationToken cancellationToken)
    {
        var article = await db.Articles.WithAnalysis().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        return article is null
            ? Results.Problem($"No article has id {id}.", statusCode: StatusCodes.Status404NotFound)
            : Results.Ok(ArticleJson.From(article));
    }

    private static DateTimeOffset? WithOffset(DateTime? utc, int? offsetMinutes) =>
        utc is { } instant ? new DateTimeOffset(instant, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(offsetMinutes ?? 0)) : null;
}
