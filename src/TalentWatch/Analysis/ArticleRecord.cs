using TalentWatch.Extraction;
using TalentWatch.Storage;

namespace TalentWatch.Analysis;

/// <summary>The stored form of an extracted article: UTC instant plus the outlet's offset.</summary>
public static class ArticleRecord
{
    public static Article Create(ExtractedArticle extracted, DateTime fetchedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        var article = new Article
        {
            Url = extracted.CanonicalUrl,
            Title = extracted.Title,
            Author = extracted.Author,
            Language = extracted.Language,
            Text = extracted.Text,
            FetchedAt = fetchedAtUtc,
        };
        Update(article, extracted);
        return article;
    }

    /// <summary>Applies a (re-)extraction to an article, keeping its identity and fetch time.</summary>
    public static void Update(Article article, ExtractedArticle extracted)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(extracted);
        article.Title = extracted.Title;
        article.Author = extracted.Author;
        article.Language = extracted.Language;
        article.Text = extracted.Text;
        article.PublishedAt = extracted.PublishedAt?.UtcDateTime;
        article.PublishedOffsetMinutes = extracted.PublishedAt is { } published ? (int)published.Offset.TotalMinutes : null;
        article.SortAt = article.PublishedAt ?? article.FetchedAt;
    }
}
