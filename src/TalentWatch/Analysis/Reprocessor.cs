using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TalentWatch.Entities;
using TalentWatch.Events;
using TalentWatch.Extraction;
using TalentWatch.Feeds;
using TalentWatch.Storage;

namespace TalentWatch.Analysis;

/// <summary>
/// Re-runs extraction and tagging over stored articles from their kept HTML, after the extractor or the catalog
/// changed. Nothing is fetched. An article whose page no longer extracts keeps what it had.
/// </summary>
public sealed class Reprocessor(IDbContextFactory<TalentWatchDb> dbFactory, EntityIndex entities, ArticleAnalyzer analyzer, PublishedChanges changes, ILogger<Reprocessor> logger)
{
    private const int BatchSize = 100;

    public sealed record Progress(int Done, int Total, int Failed);

    public async Task<Progress> RunAsync(IProgress<Progress>? progress, CancellationToken cancellationToken)
    {
        entities.Invalidate();
        int total;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            total = await db.Articles.CountAsync(cancellationToken);
        }
        var done = 0;
        var failed = 0;
        long afterId = 0;
        while (true)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            // A batch is written whole or not at all, so a stop mid-batch never leaves moves without their events.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var batch = await db.Articles
                .Include(a => a.Page).Include(a => a.Entities).Include(a => a.Moves)
                .Where(a => a.Id > afterId).OrderBy(a => a.Id).Take(BatchSize)
                .AsSplitQuery()
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }
            foreach (var article in batch)
            {
                failed += ReExtract(article) ? 0 : 1;
                done++;
            }
            await analyzer.ReanalyzeAsync(db, batch, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            afterId = batch[^1].Id;
            progress?.Report(new Progress(done, total, failed));
        }
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            await EventLinker.SettleAsync(db, cancellationToken);
        }
        // The settling writes in bulk, past the save that tells the caches; the batches before it told them already.
        changes.Publish();
        return new Progress(done, total, failed);
    }

    /// <summary>The article's fields from its kept page again; false (and what it had) when the page no longer extracts.</summary>
    private bool ReExtract(Article article)
    {
        if (article.Page is { } page)
        {
            try
            {
                var html = HtmlArchive.Decompress(page.HtmlGzip);
                // The feed's hints are not kept: the stored values stand in for them.
                var hints = new FeedHints(article.Title, article.PublishedAtWithOffset, article.Author, article.Language);
                var extracted = ArticleExtractor.Extract(html, new Uri(page.FetchedUrl), hints);
                if (extracted.Paragraphs.Count > 0)
                {
                    ArticleRecord.Update(article, extracted with { CanonicalUrl = article.Url });
                }
            }
            catch (Exception ex) when (ex is HtmlTooComplexException or InvalidDataException or UriFormatException)
            {
                logger.LogWarning("Article {ArticleId} ({Url}) could not be re-extracted: {Error}", article.Id, article.Url, ex.Message);
                return false;
            }
        }

        return true;
    }
}
