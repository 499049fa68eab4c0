using TalentWatch.Entities;
using TalentWatch.Relevance;
using TalentWatch.Storage;

namespace TalentWatch.Analysis;

/// <summary>Everything derived from an article's text: entities, then relevance. Run on store and on reprocess.</summary>
public sealed class ArticleAnalyzer(EntityTagger tagger)
{
    public async Task AnalyzeAsync(TalentWatchDb db, Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        await tagger.TagAsync(db, article, cancellationToken);
        var relevance = RelevanceScorer.Score(article.Title, article.Text, moves: 0);
        article.Relevance = relevance.Score;
        article.Relevant = relevance.Relevant;
        article.RelevanceSignals = string.Join('\n', relevance.Signals);
    }
}
