using TalentWatch.Extraction;
using TalentWatch.Storage;

namespace TalentWatch.Web.Api;

/// <summary>GET /api/articles/{id}, and each line of `extract`: one shape, so the CLI shows what the API will.</summary>
public sealed record ArticleJson(
    long? Id,
    string Url,
    string Title,
    string? Author,
    string Language,
    DateTimeOffset? PublishedAt,
    DateTime? FetchedAt,
    SourceRef? Source,
    string Text,
    bool Relevant,
    double Relevance,
    IReadOnlyList<object> Entities,
    IReadOnlyList<object> Moves)
{
    public static ArticleJson From(Article article, Source source)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(source);
        return new(article.Id, article.Url, article.Title, article.Author, article.Language, article.PublishedAtWithOffset,
            article.FetchedAt, new SourceRef(source.Id, source.Name), article.Text, article.Relevant, article.Relevance, [], []);
    }

    /// <summary>An extraction that was never stored: no id, source or fetch time.</summary>
    public static ArticleJson From(ExtractedArticle extracted)
    {
        ArgumentNullException.ThrowIfNull(extracted);
        return new(null, extracted.CanonicalUrl, extracted.Title, extracted.Author, extracted.Language, extracted.PublishedAt,
            null, null, extracted.Text, true, 1.0, [], []);
    }
}

public sealed record SourceRef(int Id, string Name);

/// <summary>One row of GET /api/articles.</summary>
public sealed record ArticleListItem(long Id, string Url, string Title, string Language, DateTimeOffset? PublishedAt, SourceRef Source, bool Relevant);

public sealed record ArticlePage(IReadOnlyList<ArticleListItem> Items, string? NextCursor);
