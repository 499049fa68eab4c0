using TalentWatch.Entities;
using TalentWatch.Events;
using TalentWatch.Moves;
using TalentWatch.Relevance;
using TalentWatch.Storage;

namespace TalentWatch.Analysis;

/// <summary>
/// Everything derived from an article's text, in order: entities, talent moves, relevance; then, once saved,
/// the events its moves belong to. Run when an article is stored and when it is reprocessed.
/// </summary>
public sealed class ArticleAnalyzer(EntityTagger tagger)
{
    public async Task AnalyzeAsync(TalentWatchDb db, Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(article);
        var tagging = await tagger.TagAsync(db, article, cancellationToken);
        var moves = MoveExtractor.Extract(article.Title, article.Text, article.Language, article.PublishedAtWithOffset, tagging.Mentions, tagging.UnitParents);
        db.Moves.RemoveRange(article.Moves);
        article.Moves.Clear();
        foreach (var move in moves)
        {
            article.Moves.Add(ToRow(move, tagging.Entities));
        }
        var relevance = RelevanceScorer.Score(article.Title, article.Text, moves.Count);
        article.Relevance = relevance.Score;
        article.Relevant = relevance.Relevant;
        article.RelevanceSignals = string.Join('\n', relevance.Signals);
    }

    /// <summary>After the article and its new entities are saved: attach its moves to events.</summary>
    public static Task LinkEventsAsync(TalentWatchDb db, Article article, CancellationToken cancellationToken) =>
        EventLinker.LinkAsync(db, article, cancellationToken);

    private static Move ToRow(ExtractedMove move, IReadOnlyDictionary<string, EntityTagger.EntityHandle> entities)
    {
        var row = new Move
        {
            Type = move.Type,
            Role = move.Role,
            Date = move.Date,
            Evidence = move.Evidence,
            EvidenceStart = move.EvidenceStart,
            Confidence = move.Confidence,
        };
        (row.PersonId, row.Person) = Resolve(move.PersonSlug, entities);
        (row.FromId, row.From) = Resolve(move.FromSlug, entities);
        (row.ToId, row.To) = Resolve(move.ToSlug, entities);
        return row;
    }

    private static (int? Id, Entity? Pending) Resolve(string? slug, IReadOnlyDictionary<string, EntityTagger.EntityHandle> entities) =>
        slug is not null && entities.TryGetValue(slug, out var handle)
            ? (handle.Pending is null ? handle.Id : null, handle.Pending)
            : (null, null);
}
