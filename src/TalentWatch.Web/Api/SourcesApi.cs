using Microsoft.EntityFrameworkCore;
using TalentWatch.Storage;

namespace TalentWatch.Web.Api;

public static class SourcesApi
{
    public sealed record SourceJson(int Id, string Name, string Kind, string Url, string? LinkSelector, int IntervalMinutes, bool Enabled,
        DateTime? LastRunAt, string? LastStatus, string? LastError, int Articles, int LastRunArticles, DateTime? NextRunAt, int ConsecutiveFailures);

    public static IEndpointRouteBuilder MapSourcesApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/sources", async (TalentWatchDb db, CancellationToken cancellationToken) =>
        {
            var rows = await db.Sources.AsNoTracking()
                .OrderBy(s => s.Name)
                .Select(s => new { Source = s, Articles = db.Articles.Count(a => a.SourceId == s.Id) })
                .ToListAsync(cancellationToken);
            var sources = rows.Select(r => ToJson(r.Source, r.Articles)).ToList();
            return Results.Ok(sources);
        });
        return app;
    }

    private static SourceJson ToJson(Source s, int articles) =>
        new(s.Id, s.Name, s.Kind.ToString().ToLowerInvariant(), s.Url, s.LinkSelector, s.IntervalMinutes, s.Enabled, s.LastRunAt,
            s.LastStatus?.ToString().ToLowerInvariant(), s.LastError, articles, s.LastRunArticles, s.NextRunAt, s.ConsecutiveFailures);
}
