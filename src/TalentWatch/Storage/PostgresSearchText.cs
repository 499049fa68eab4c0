using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TalentWatch.Storage;

/// <summary>
/// PostgreSQL cannot call the app's text normaliser the way SQLite's search triggers do, so on PostgreSQL the app writes
/// each article's normalised title and text into ArticleSearch itself (a generated, GIN-indexed tsvector column covers
/// it) whenever an article is added or its title or text changes. Deleting an article deletes its row (a cascade).
/// The normaliser is the search's, given by whoever opens the database.
/// </summary>
public sealed class PostgresSearchText(Func<string?, string?> normalize) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Fill(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Fill(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private string Document(Article article) => normalize(article.Title) + "\n" + normalize(article.Text);

    private void Fill(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        var texts = context.ChangeTracker.Entries<ArticleSearchText>().Select(e => e.Entity).ToList();
        foreach (var entry in context.ChangeTracker.Entries<Article>().ToList())
        {
            var article = entry.Entity;
            if (entry.State == EntityState.Added)
            {
                if (!texts.Any(t => ReferenceEquals(t.Article, article)))
                {
                    context.Add(new ArticleSearchText { Article = article, Text = Document(article) });
                }
            }
            else if (entry.State == EntityState.Modified && (entry.Property(a => a.Title).IsModified || entry.Property(a => a.Text).IsModified))
            {
                if (texts.FirstOrDefault(t => t.ArticleId == article.Id) is { } existing)
                {
                    existing.Text = Document(article);
                    continue;
                }
                // Every stored article has its row: update it by key without reading it first.
                var row = new ArticleSearchText { ArticleId = article.Id, Text = Document(article) };
                context.Attach(row).Property(r => r.Text).IsModified = true;
            }
        }
    }
}

/// <summary>An article's normalised title and text, searched on PostgreSQL (see <see cref="PostgresSearchText"/>).</summary>
public sealed class ArticleSearchText
{
    public long ArticleId { get; set; }
    public Article? Article { get; set; }
    public required string Text { get; set; }
}
