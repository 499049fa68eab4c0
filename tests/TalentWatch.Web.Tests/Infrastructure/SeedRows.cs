using TalentWatch.Storage;
using TalentWatch.Vocabulary;

namespace TalentWatch.Web.Tests.Infrastructure;

/// <summary>Rows written straight into a test database: an article with its mentions, an event with its one report.</summary>
public static class SeedRows
{
    /// <summary>An article published, fetched and sorted at <paramref name="at"/>, mentioning each entity once.</summary>
    public static Article Article(Source? source, string url, string title, string text, string language, DateTime at, params Entity[] entities)
    {
        var article = new Article
        {
            Source = source,
            Url = url,
            Title = title,
            Text = text,
            Language = language,
            PublishedAt = at,
            FetchedAt = at,
            SortAt = at,
        };
        article.Entities.AddRange(entities.Select(e => new ArticleEntity { Entity = e, Mentions = 1 }));
        return article;
    }

    /// <summary>
    /// An event reported once, by <paramref name="article"/> (its first line is the evidence, with confidence 0.9), at
    /// <paramref name="reportedAt"/> or else when the article sorts.
    /// </summary>
    public static TalentEvent Event(MoveType type, Entity? person, Entity? from, Entity? to, Article article, string? role = null, string? date = null, DateTime? reportedAt = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        var at = reportedAt ?? article.SortAt;
        var talentEvent = new TalentEvent
        {
            Type = type,
            Person = person,
            From = from,
            To = to,
            Role = role,
            Date = date,
            FirstReportedAt = at,
            LatestReportedAt = at,
        };
        talentEvent.Moves.Add(new Move
        {
            Article = article,
            Type = type,
            Person = person,
            From = from,
            To = to,
            Role = role,
            Evidence = article.Text.Split('\n')[0],
            Confidence = 0.9,
        });
        return talentEvent;
    }
}
