using Microsoft.EntityFrameworkCore;
using TalentWatch.Entities;
using TalentWatch.Events;
using TalentWatch.Moves;
using TalentWatch.Relevance;
using TalentWatch.Storage;

namespace TalentWatch.Analysis;

/// <summary>
/// The one analysis step, for a new article (<see cref="StoreAsync"/>) and for stored ones (<see cref="ReanalyzeAsync"/>):
/// everything derived from the text, in order (entities, talent moves, relevance), the save, then the events its moves
/// belong to, and the save of those.
/// </summary>
public sealed class ArticleAnalyzer(EntityTagger tagger)
{
    /// <summary>
    /// A new article with its mentions, moves and their events, in one transaction: a crash or a shutdown leaves either
    /// all of it or none; false when an article with its URL is stored already. The analysis (CPU work) runs before the
    /// transaction, so SQLite's write lock is held only for the writes; the duplicate check is repeated under the lock, so
    /// two runs reporting the same story or the same move one after the other see each other's rows.
    /// </summary>
    public async Task<bool> StoreAsync(TalentWatchDb db, Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(article);
        if (await db.Articles.AnyAsync(a => a.Url == article.Url, cancellationToken))
        {
            return false;
        }

        await AnalyzeAsync(db, article, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Articles.AnyAsync(a => a.Url == article.Url, cancellationToken))
        {
            db.ChangeTracker.Clear(); // a concurrent run stored it meanwhile: drop what this analysis would have added
            return false;
        }

        db.Articles.Add(article);
        await db.SaveChangesAsync(cancellationToken);
        await EventLinker.LinkAsync(db, article, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Stored articles (loaded with their entities and moves) analysed again and saved with their events, in the caller's transaction.</summary>
    public async Task ReanalyzeAsync(TalentWatchDb db, IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(articles);
        foreach (var article in articles)
        {
            await AnalyzeAsync(db, article, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var article in articles)
        {
            await EventLinker.LinkAsync(db, article, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task AnalyzeAsync(TalentWatchDb db, Article article, CancellationToken cancellationToken)
    {
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
