using Microsoft.EntityFrameworkCore;

namespace TalentWatch.Storage;

public static class ArticleQueries
{
    /// <summary>An article as its page and its API show it: source, entity mentions, moves and their people and companies.</summary>
    public static IQueryable<Article> WithAnalysis(this IQueryable<Article> articles) =>
        articles.AsNoTracking()
            .Include(a => a.Source)
            .Include(a => a.Entities).ThenInclude(m => m.Entity)
            .Include(a => a.Moves).ThenInclude(m => m.Person)
            .Include(a => a.Moves).ThenInclude(m => m.From)
            .Include(a => a.Moves).ThenInclude(m => m.To)
            .AsSplitQuery();
}
