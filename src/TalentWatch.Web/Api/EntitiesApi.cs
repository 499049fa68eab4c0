using Microsoft.EntityFrameworkCore;
using TalentWatch.Entities;
using TalentWatch.Storage;
using TalentWatch.Vocabulary;
using TalentWatch.Web.Hosting;
using TalentWatch.Web.Timeline;

namespace TalentWatch.Web.Api;

public static class EntitiesApi
{
    /// <param name="Sector">For organisations: company, university, media or public-body; null for people.</param>
    public sealed record EntityJson(string Id, string Name, string? NameAr, string Kind, IReadOnlyList<string> Aliases, string? Parent, bool Confirmed, int Articles,
        string? DiscoveredSentence, string? DiscoveredIn, string? Sector);

    public static IEndpointRouteBuilder MapEntitiesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/entities", ListAsync).CacheOutput(PageCacheSetup.Policy);
        app.MapGet("/api/entities/{slug}", GetAsync).CacheOutput(PageCacheSetup.Policy);
        return app;
    }

    /// <summary>kind = person | org; q matches the English or Arabic name or the slug; confirmed = true | false. Most-mentioned first.</summary>
    private static async Task<IResult> ListAsync(TalentWatchDb db, string? kind, string? q, string? confirmed, string? limit, CancellationToken cancellationToken)
    {
        if (!ApiQuery.TryFlag(confirmed, "confirmed", out var confirmedFilter, out var problem))
        {
            return problem;
        }
        var problems = new List<FilterProblem>();
        var take = FilterValues.Limit(limit, PageLimits.Entities, problems);
        if (ApiQuery.BadRequest(problems) is { } invalid)
        {
            return invalid;
        }
        var query = db.Entities.AsNoTracking();
        if (confirmedFilter is { } wanted)
        {
            query = query.Where(e => e.Confirmed == wanted);
        }
        if (!string.IsNullOrWhiteSpace(kind))
        {
            if (!TryParseKind(kind, out var wantedKind))
            {
                return ApiQuery.BadRequest($"kind must be \"person\" or \"org\", not {ApiQuery.Quote(kind)}.");
            }
            query = query.Where(e => e.Kind == wantedKind);
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim();
            query = query.Where(e => EF.Functions.Like(e.Name, $"%{term}%") || EF.Functions.Like(e.Slug, $"%{term}%")
                || (e.NameAr != null && e.NameAr.Contains(term)) || e.Aliases.Contains(term));
        }
        var rows = await query
            .Select(e => new { Entity = e, Articles = e.ArticleCount })
            .OrderByDescending(r => r.Articles).ThenBy(r => r.Entity.Name)
            .Take(take)
            .ToListAsync(cancellationToken);
        return Results.Ok(rows.Select(r => ToJson(r.Entity, r.Articles)).ToList());
    }

    private static async Task<IResult> GetAsync(TalentWatchDb db, string slug, CancellationToken cancellationToken)
    {
        var row = await db.Entities.AsNoTracking()
            .Where(e => e.Slug == slug)
            .Select(e => new { Entity = e, Articles = e.ArticleCount })
            .SingleOrDefaultAsync(cancellationToken);
        return row is null
            ? Results.Problem($"No entity has the id \"{slug}\".", statusCode: StatusCodes.Status404NotFound)
            : Results.Ok(ToJson(row.Entity, row.Articles));
    }

    private static bool TryParseKind(string text, out EntityKind kind)
    {
        kind = text.Trim().ToLowerInvariant() switch
        {
            "person" or "people" => EntityKind.Person,
            "org" or "organization" or "organisation" => EntityKind.Org,
            _ => (EntityKind)(-1),
        };
        return Enum.IsDefined(kind);
    }

    private static EntityJson ToJson(Entity e, int articles) =>
        new(e.Slug, e.Name, e.NameAr, ArticleJson.KindName(e.Kind), e.AliasList, e.ParentSlug, e.Confirmed, articles, e.DiscoveredSentence, e.DiscoveredInArticleUrl,
            e.Kind == EntityKind.Org ? SectorNames.Name(EntityCatalog.SectorOf(e.Slug)) : null);
}
